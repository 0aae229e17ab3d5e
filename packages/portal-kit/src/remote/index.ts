/**
 * What every portal micro-frontend needs around its pages: the page frame, loading/error/empty states,
 * links from the app's mount point, and URL ⇄ filter state. A subpath of its own (`@jrpt/portal-kit/remote`),
 * so the shell's home page, which imports the main entry, never pulls antd in.
 */
export * from './page';
export * from './status';
export * from './app-path';
export * from './search-params';
