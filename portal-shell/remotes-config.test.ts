import { describe, expect, it } from 'vitest';
import { DEV_DEFAULTS, PRODUCTION_DEFAULTS, remotesFromEnv } from './remotes-config.mjs';
import { parseRemotesManifest } from './src/federation/manifest';

describe('remotesFromEnv', () => {
  it('serves the default ports without configuration', () => {
    expect(remotesFromEnv({}, PRODUCTION_DEFAULTS)).toEqual({
      mf_market: 'http://localhost:8081/mf-manifest.json',
      mf_equity: 'http://localhost:8082/mf-manifest.json',
      mf_personal: 'http://localhost:8083/mf-manifest.json',
    });
  });

  it('lets each remote be moved by its environment variable', () => {
    const remotes = remotesFromEnv(
      { MF_EQUITY_URL: ' https://equity.example.cn/app/mf-manifest.json ' },
      DEV_DEFAULTS,
    );
    expect(remotes.mf_equity).toBe('https://equity.example.cn/app/mf-manifest.json');
    expect(remotes.mf_market).toBe(DEV_DEFAULTS.mf_market);
  });

  it('refuses what is not an http(s) URL', () => {
    expect(() => remotesFromEnv({ MF_MARKET_URL: 'localhost:8081' }, PRODUCTION_DEFAULTS)).toThrow(
      /MF_MARKET_URL/,
    );
    expect(() => remotesFromEnv({ MF_MARKET_URL: 'file:///etc/passwd' }, PRODUCTION_DEFAULTS)).toThrow(
      /MF_MARKET_URL/,
    );
  });

  it('produces what the browser side accepts', () => {
    const remotes = remotesFromEnv({}, PRODUCTION_DEFAULTS);
    expect(parseRemotesManifest(JSON.parse(JSON.stringify(remotes)))).toEqual(remotes);
  });
});
