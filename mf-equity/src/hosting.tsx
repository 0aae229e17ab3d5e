import { createContext, useContext, type ReactNode } from 'react';
import { Link } from 'react-router';

/** True when the micro-frontend runs alone (its own main.tsx), false when the portal shell hosts it. */
export const StandaloneContext = createContext(false);

/**
 * A link to a page of the portal shell (资讯动态, 登录 ...). Hosted, the shell's router handles it;
 * alone, the page is not here, so it is an ordinary link.
 */
export function ShellLink({ to, children }: { to: string; children: ReactNode }) {
  const standalone = useContext(StandaloneContext);
  return standalone ? <a href={to}>{children}</a> : <Link to={to}>{children}</Link>;
}
