/**
 * What `/remotes.json` says: for each remote, the URL of its `mf-manifest.json`. Read from the
 * environment at start-up, so moving a remote needs a restart of the shell's server, never a rebuild.
 */

/** Remote name → the environment variable that overrides its URL. */
export const REMOTE_ENV = {
  mf_market: 'MF_MARKET_URL',
  mf_equity: 'MF_EQUITY_URL',
  mf_personal: 'MF_PERSONAL_URL',
};

/** Where `npm start` runs each remote's production server. */
export const PRODUCTION_DEFAULTS = {
  mf_market: 'http://localhost:8081/mf-manifest.json',
  mf_equity: 'http://localhost:8082/mf-manifest.json',
  mf_personal: 'http://localhost:8083/mf-manifest.json',
};

/** Where each remote's `vite` dev server runs (their vite.config.ts). */
export const DEV_DEFAULTS = {
  mf_market: 'http://localhost:5131/mf-manifest.json',
  mf_equity: 'http://localhost:5132/mf-manifest.json',
  mf_personal: 'http://localhost:5133/mf-manifest.json',
};

/**
 * @param {Record<string, string | undefined>} env
 * @param {Record<string, string>} defaults
 * @returns {Record<string, string>}
 */
export function remotesFromEnv(env, defaults) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [name, variable] of Object.entries(REMOTE_ENV)) {
    const value = env[variable]?.trim() || defaults[name];
    let url;
    try {
      url = new URL(value);
    } catch {
      throw new Error(`${variable} is not a URL: ${value}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new Error(`${variable} must be an http(s) URL: ${value}`);
    out[name] = url.href;
  }
  return out;
}
