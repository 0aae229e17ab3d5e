import { describe, expect, it } from 'vitest';
import { ManifestError, parseRemotesManifest, toRemoteInfo } from './manifest';

describe('parseRemotesManifest', () => {
  it('accepts absolute http(s) and root-relative entries', () => {
    const json = {
      mf_market: 'http://localhost:8081/mf-manifest.json',
      mf_equity: 'https://equity.example.cn/mf-manifest.json',
      mf_personal: '/personal-app/remoteEntry.js',
    };
    expect(parseRemotesManifest(json)).toEqual(json);
  });

  it.each([
    ['not an object', ['http://x']],
    ['null', null],
    ['a bad name', { 'mf-market': 'http://localhost:8081/mf-manifest.json' }],
    ['a non-string entry', { mf_market: 8081 }],
    ['a javascript: url', { mf_market: 'javascript:alert(1)' }],
    ['a protocol-relative url', { mf_market: '//evil.example/mf-manifest.json' }],
    ['a relative path', { mf_market: 'mf-manifest.json' }],
  ])('refuses %s', (_label, json) => {
    expect(() => parseRemotesManifest(json)).toThrow(ManifestError);
  });
});

describe('toRemoteInfo', () => {
  it('lets a manifest describe itself and marks a bare entry as an ES module', () => {
    expect(toRemoteInfo('mf_market', 'http://h/mf-manifest.json')).toEqual({
      name: 'mf_market',
      entry: 'http://h/mf-manifest.json',
    });
    expect(toRemoteInfo('mf_market', 'http://h/remoteEntry.js')).toEqual({
      name: 'mf_market',
      entry: 'http://h/remoteEntry.js',
      type: 'module',
    });
  });
});
