import { useCallback, useContext } from 'react';
import { useNavigate } from 'react-router';
import { StandaloneContext } from '../hosting';

/** The portal's login page, coming back to `back` afterwards (the shell's /login?redirect=...). */
export function loginHref(back: string): string {
  return back && back !== '/' ? `/login?redirect=${encodeURIComponent(back)}` : '/login';
}

/** This page's full path in the browser (with the mount point and the query). */
export function currentPath(): string {
  return window.location.pathname + window.location.search;
}

/**
 * Goes to the portal's login page, to come back to `back` (default: this page). Hosted, the shell's
 * router has /login; alone, the page is elsewhere, so the browser loads it.
 */
export function useGoToLogin(): (back?: string) => void {
  const standalone = useContext(StandaloneContext);
  const navigate = useNavigate();
  return useCallback(
    (back?: string) => {
      const href = loginHref(back ?? currentPath());
      if (standalone) window.location.assign(href);
      else navigate(href);
    },
    [navigate, standalone],
  );
}
