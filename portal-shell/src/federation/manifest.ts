/**
 * The runtime manifest `/remotes.json`: remote name → URL of its `mf-manifest.json` (or `remoteEntry.js`).
 * It is served by the shell's server from environment variables, so a remote can move without a shell rebuild.
 */

export type RemotesManifest = Record<string, string>;

const REMOTE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

function isEntryUrl(value: string): boolean {
  if (value.startsWith('/') && !value.startsWith('//')) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Validates the JSON of /remotes.json; entries that are not a usable URL are refused, not guessed at. */
export function parseRemotesManifest(json: unknown): RemotesManifest {
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new ManifestError('remotes.json 格式不正确');
  const out: RemotesManifest = {};
  for (const [name, entry] of Object.entries(json as Record<string, unknown>)) {
    if (!REMOTE_NAME.test(name)) throw new ManifestError(`remotes.json 中的模块名不正确：${name}`);
    if (typeof entry !== 'string' || !isEntryUrl(entry))
      throw new ManifestError(`remotes.json 中 ${name} 的地址不正确`);
    out[name] = entry;
  }
  return out;
}

/** The module federation runtime's remote record for one manifest entry. */
export function toRemoteInfo(name: string, entry: string): { name: string; entry: string; type?: 'module' } {
  // A manifest describes its own entry's type; a bare remoteEntry.js built by Vite is an ES module.
  return entry.endsWith('.json') ? { name, entry } : { name, entry, type: 'module' };
}
