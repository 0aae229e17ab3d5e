import { createContext, useCallback, useContext } from 'react';
import { Outlet, useLocation, useParams } from 'react-router';

/** Where the host mounted this micro-frontend ("/market" in the portal, "/" when it runs alone). */
export const AppBaseContext = createContext('/');

/** Paths inside this micro-frontend, whatever its mount point: appPath('products/3') → "/market/products/3". */
export function useAppPath(): (sub?: string) => string {
  const base = useContext(AppBaseContext);
  return useCallback((sub = '') => joinPath(base, sub), [base]);
}

export function joinPath(base: string, sub: string): string {
  const head = base.replace(/\/+$/, '');
  const tail = sub.replace(/^\/+/, '');
  if (!tail) return head || '/';
  return tail.startsWith('?') ? `${head || '/'}${tail}` : `${head}/${tail}`;
}

/**
 * Where the host mounted this micro-frontend, from the splat route that renders it (the portal's
 * /market/*, or main.tsx's /* when alone): the current path without the part the splat matched.
 * (Relative paths cannot say it: inside a splat route "." is the whole current path.)
 */
export function mountPath(pathname: string, splat: string): string {
  const drop = splat.split('/').filter(Boolean).length;
  const segments = pathname.split('/').filter(Boolean);
  return '/' + segments.slice(0, segments.length - drop).join('/');
}

/** The top route of the micro-frontend's routes: it tells every page where the app is mounted. */
export function MountPoint() {
  const { pathname } = useLocation();
  const splat = useParams()['*'] ?? '';
  return (
    <AppBaseContext.Provider value={mountPath(pathname, splat)}>
      <Outlet />
    </AppBaseContext.Provider>
  );
}
