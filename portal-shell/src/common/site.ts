import { useEffect } from 'react';
import type { SiteSettings } from '@jrpt/contracts';
import { useApi } from '@jrpt/portal-kit';

/** Site texts (platform name, contacts) are settings read from the API, never written in code. */
export function useSite() {
  return useApi<SiteSettings>('/api/site', { revalidateIfStale: false });
}

/** Sets the browser tab's title: "页面 - 平台名称". */
export function usePageTitle(title?: string) {
  const { data } = useSite();
  const platformName = data?.platformName;
  useEffect(() => {
    const next = [title, platformName].filter(Boolean).join(' - ');
    if (next) document.title = next;
  }, [title, platformName]);
}
