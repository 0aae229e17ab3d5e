import useSWR, { mutate, type SWRConfiguration, type SWRResponse } from 'swr';
import type { CurrentUser } from '@jrpt/contracts';
import { ApiError, apiFetch } from './api.js';

export const CURRENT_USER_KEY = '/api/auth/me';

/** SWR's fetcher: the key is the URL (with its query string). */
export const fetcher = <T>(url: string): Promise<T> => apiFetch<T>(url);

/** GET `key` through SWR; pass null to wait (e.g. until an id is known). */
export function useApi<T>(
  key: string | null,
  config?: SWRConfiguration<T, ApiError>,
): SWRResponse<T, ApiError> {
  return useSWR<T, ApiError>(key, fetcher, { revalidateOnFocus: false, ...config });
}

type MeResponse = { user: CurrentUser; csrfToken: string };

/** Resolves to null when nobody is logged in (the API answers 401). */
export async function fetchCurrentUser(url: string): Promise<CurrentUser | null> {
  try {
    const res = await apiFetch<MeResponse>(url);
    return res.user;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export interface CurrentUserState {
  /** undefined while loading, null when logged out */
  user: CurrentUser | null | undefined;
  isLoading: boolean;
  error: ApiError | undefined;
  /** Re-reads /api/auth/me (after login, logout, a change of phone...). */
  refresh: () => Promise<unknown>;
}

export function useCurrentUser(): CurrentUserState {
  const {
    data,
    error,
    isLoading,
    mutate: refresh,
  } = useSWR<CurrentUser | null, ApiError>(CURRENT_USER_KEY, fetchCurrentUser, {
    revalidateOnFocus: true,
    shouldRetryOnError: false,
  });
  return { user: data, isLoading, error, refresh: () => refresh() };
}

/** Ends the session on the server and tells every useCurrentUser() that nobody is logged in. */
export async function logout(): Promise<void> {
  try {
    await apiFetch('/api/auth/logout', { method: 'POST' });
  } finally {
    await mutate(CURRENT_USER_KEY, null, { revalidate: false });
  }
}

/** After a login: the API's answer becomes the current user without another round trip. */
export async function setCurrentUser(user: CurrentUser | null): Promise<void> {
  await mutate(CURRENT_USER_KEY, user, { revalidate: false });
}
