import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export const PAGE_SIZE = 10;

/** The page number in a URL's query (`?page=3`): a positive whole number, else 1. */
export function pageOf(params: URLSearchParams, key = 'page'): number {
  const raw = params.get(key);
  if (!raw || !/^\d{1,6}$/.test(raw)) return 1;
  return Math.max(1, Number(raw));
}

/**
 * A list's page kept in the URL, so back, reload and a shared link keep it. Changing one of `resets`
 * (e.g. the tab) goes back to page 1 through `setParam`.
 */
export function usePagedParams() {
  const [params, setParams] = useSearchParams();
  const page = pageOf(params);
  const setPage = useCallback(
    (next: number) =>
      setParams((prev) => {
        const out = new URLSearchParams(prev);
        if (next > 1) out.set('page', String(next));
        else out.delete('page');
        return out;
      }),
    [setParams],
  );
  /** Sets (or clears) another query value and returns to the first page. */
  const setParam = useCallback(
    (key: string, value: string | null) =>
      setParams((prev) => {
        const out = new URLSearchParams(prev);
        if (value) out.set(key, value);
        else out.delete(key);
        out.delete('page');
        return out;
      }),
    [setParams],
  );
  return { params, page, setPage, setParam };
}
