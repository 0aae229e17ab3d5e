import type { SiteSettings } from '@jrpt/contracts';
import { useApi } from '@jrpt/portal-kit';

/** Site texts (hotlines, addresses) from GET /api/site: settings, never code. */
export function useSite() {
  return useApi<SiteSettings>('/api/site', { revalidateIfStale: false });
}
