/** The portal's login page, coming back to `here` (path and query in the portal) after logging in. */
export function loginUrl(here: string): string {
  const back = here.startsWith('/') && !here.startsWith('//') ? here : '/personal';
  return `/login?redirect=${encodeURIComponent(back)}`;
}
