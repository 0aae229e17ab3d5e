import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const runtime = vi.hoisted(() => ({
  registerRemotes: vi.fn(),
  loadRemote: vi.fn(),
  registerShared: vi.fn(),
}));
vi.mock('@module-federation/runtime', () => runtime);

const manifest = { mf_market: 'http://localhost:8081/mf-manifest.json' };

async function freshModule() {
  vi.resetModules();
  return import('./runtime');
}

describe('loadRemoteApp', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fetchMock = vi.fn(async () => new Response(JSON.stringify(manifest), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    runtime.registerRemotes.mockReset();
    runtime.loadRemote.mockReset();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('registers the remote from /remotes.json once and returns its default export', async () => {
    const { loadRemoteApp } = await freshModule();
    const App = () => null;
    runtime.loadRemote.mockResolvedValue({ default: App });
    await expect(loadRemoteApp('mf_market')).resolves.toBe(App);
    await expect(loadRemoteApp('mf_market')).resolves.toBe(App);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(runtime.registerRemotes).toHaveBeenCalledTimes(1);
    expect(runtime.registerRemotes).toHaveBeenCalledWith([{ name: 'mf_market', entry: manifest.mf_market }], {
      force: false,
    });
    expect(runtime.loadRemote).toHaveBeenCalledWith('mf_market/App');
  });

  it('on retry re-reads the manifest and re-registers with force, so a failed load is not cached', async () => {
    const { loadRemoteApp } = await freshModule();
    runtime.loadRemote.mockRejectedValueOnce(new Error('Failed to get manifest'));
    await expect(loadRemoteApp('mf_market')).rejects.toThrow('Failed to get manifest');
    const App = () => null;
    runtime.loadRemote.mockResolvedValue({ default: App });
    await expect(loadRemoteApp('mf_market', { retry: true })).resolves.toBe(App);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(runtime.registerRemotes).toHaveBeenLastCalledWith(
      [{ name: 'mf_market', entry: manifest.mf_market }],
      { force: true },
    );
  });

  it('does not remember a failed /remotes.json', async () => {
    const { loadRemoteApp } = await freshModule();
    fetchMock.mockResolvedValueOnce(new Response('bad gateway', { status: 502 }));
    await expect(loadRemoteApp('mf_market')).rejects.toThrow();
    runtime.loadRemote.mockResolvedValue({ default: () => null });
    await expect(loadRemoteApp('mf_market')).resolves.toBeTypeOf('function');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('refuses a remote the manifest does not list, and one without a component', async () => {
    const { loadRemoteApp, RemoteNotConfiguredError } = await freshModule();
    await expect(loadRemoteApp('mf_equity')).rejects.toBeInstanceOf(RemoteNotConfiguredError);
    runtime.loadRemote.mockResolvedValue({ default: 'not a component' });
    await expect(loadRemoteApp('mf_market')).rejects.toThrow(/没有默认导出的组件/);
  });
});

describe('provideSharedAntd', () => {
  it('offers antd as a lazily loaded singleton of the installed version', async () => {
    const { provideSharedAntd } = await freshModule();
    provideSharedAntd();
    const shared = runtime.registerShared.mock.calls[0][0].antd;
    expect(shared).toMatchObject({
      version: '5.29.3',
      scope: 'default',
      shareConfig: { singleton: true, requiredVersion: '^5.29.3' },
    });
    expect(typeof shared.get).toBe('function');
  });
});
