/**
 * The one place that talks to the module federation runtime: it provides antd to the remotes, reads
 * /remotes.json, registers the remotes and loads their `./App`.
 */
import type { ComponentType } from 'react';
import { loadRemote, registerRemotes, registerShared } from '@module-federation/runtime';
import { parseRemotesManifest, toRemoteInfo, type RemotesManifest } from './manifest';

declare const __ANTD_VERSION__: string;

/**
 * antd is shared by hand instead of through the plugin's `shared` list: the plugin loads every shared
 * library while the page starts, and the home page does not need antd (450 kB gzip). Registered here,
 * antd is fetched only when the shell's first antd page or a remote asks for it, and every remote gets
 * this very copy (so the shell's ConfigProvider, locale and theme reach them).
 */
export function provideSharedAntd(): void {
  registerShared({
    antd: {
      version: __ANTD_VERSION__,
      scope: 'default',
      get: () => import('antd').then((mod) => () => mod),
      shareConfig: { singleton: true, requiredVersion: `^${__ANTD_VERSION__}` },
    },
  });
}

export class RemoteNotConfiguredError extends Error {
  constructor(name: string) {
    super(`未配置模块 ${name} 的地址`);
    this.name = 'RemoteNotConfiguredError';
  }
}

let manifestPromise: Promise<RemotesManifest> | null = null;

function fetchManifest(): Promise<RemotesManifest> {
  const promise = fetch('/remotes.json', { cache: 'no-cache', headers: { Accept: 'application/json' } })
    .then((res) => {
      if (!res.ok) throw new Error(`/remotes.json ${res.status}`);
      return res.json() as Promise<unknown>;
    })
    .then(parseRemotesManifest);
  // A failed read is not remembered: the next attempt (重试) reads again.
  promise.catch(() => {
    if (manifestPromise === promise) manifestPromise = null;
  });
  return promise;
}

export function remotesManifest(fresh = false): Promise<RemotesManifest> {
  if (fresh || !manifestPromise) manifestPromise = fetchManifest();
  return manifestPromise;
}

const registered = new Map<string, string>();

/**
 * Loads a remote's `./App`. `retry` re-reads the manifest and re-registers the remote with `force`,
 * which drops whatever the runtime cached about a failed attempt.
 */
export async function loadRemoteApp(name: string, opts: { retry?: boolean } = {}): Promise<ComponentType> {
  const manifest = await remotesManifest(opts.retry);
  const entry = manifest[name];
  if (!entry) throw new RemoteNotConfiguredError(name);
  if (opts.retry || registered.get(name) !== entry) {
    registerRemotes([toRemoteInfo(name, entry)], { force: registered.has(name) });
    registered.set(name, entry);
  }
  const mod = await loadRemote<{ default?: unknown }>(`${name}/App`);
  const App = mod?.default;
  if (typeof App !== 'function' && !(typeof App === 'object' && App !== null)) {
    throw new Error(`${name}/App 没有默认导出的组件`);
  }
  return App as ComponentType;
}
