import { createContext, useCallback, useContext } from 'react';

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
