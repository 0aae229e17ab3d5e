import { useEffect } from 'react';
import type { SiteSettings } from '@jrpt/contracts';
import { useApi } from './swr.js';

export const SITE_KEY = '/api/site';

/** Site texts (platform name, contacts, hotlines) are settings read from the API, never written in code. */
export function useSite() {
  return useApi<SiteSettings>(SITE_KEY, { revalidateIfStale: false });
}

/** "金融超市 · 天水市智慧金融服务平台" */
export function pageTitle(title: string | undefined, platformName: string | undefined): string {
  return [title, platformName].filter(Boolean).join(' · ');
}

/** Sets the browser tab's title to the page's title and the platform's name (from the settings). */
export function usePageTitle(title?: string) {
  const { data } = useSite();
  const platformName = data?.platformName;
  useEffect(() => {
    const next = pageTitle(title, platformName);
    if (next) document.title = next;
  }, [title, platformName]);
}
