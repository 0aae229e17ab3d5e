import DOMPurify from 'dompurify';
import { useMemo } from 'react';

/**
 * Rich text written by staff. The API already sanitizes it when it is saved; it is cleaned again here
 * so that nothing a browser would run can reach the page even if the stored text were altered.
 */
export function SafeHtml({ html, className }: { html: string; className?: string }) {
  const clean = useMemo(
    () =>
      DOMPurify.sanitize(html, {
        USE_PROFILES: { html: true },
        FORBID_TAGS: ['style', 'form', 'input', 'button'],
      }),
    [html],
  );
  return <div className={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
