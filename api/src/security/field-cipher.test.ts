import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFieldCipher, loadDataKey } from './field-cipher.js';

describe('AES-256-GCM field cipher', () => {
  const cipher = createFieldCipher(randomBytes(32));

  it('round-trips a value with a fresh IV each time', () => {
    const a = cipher.encrypt('620502199001011235');
    const b = cipher.encrypt('620502199001011235');
    expect(a).not.toBe(b);
    expect(a).not.toContain('620502199001011235');
    expect(cipher.decrypt(a)).toBe('620502199001011235');
    expect(cipher.decrypt(cipher.encrypt('张三'))).toBe('张三');
  });

  it('detects tampering and refuses another key', () => {
    const stored = cipher.encrypt('11010519491231002X');
    const [v, iv, tag, data] = stored.split(':');
    const flipped = Buffer.from(data, 'base64');
    flipped[0] ^= 1;
    expect(() => cipher.decrypt([v, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
    expect(() => createFieldCipher(randomBytes(32)).decrypt(stored)).toThrow();
    expect(() => cipher.decrypt('plain text')).toThrow();
  });

  it('gives a stable blind index that depends on the key', () => {
    expect(cipher.blindIndex('620502199001011235')).toBe(cipher.blindIndex('620502199001011235'));
    expect(cipher.blindIndex('620502199001011235')).not.toBe(
      createFieldCipher(randomBytes(32)).blindIndex('620502199001011235'),
    );
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => createFieldCipher(randomBytes(16))).toThrow();
  });
});

describe('data key loading', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'jrpt-key-'));

  it('uses DATA_ENCRYPTION_KEY when given', () => {
    const key = randomBytes(32);
    expect(
      loadDataKey({ dataEncryptionKey: key.toString('base64'), production: true, dataDir: tmp() }),
    ).toEqual(key);
  });

  it('refuses a malformed DATA_ENCRYPTION_KEY', () => {
    expect(() => loadDataKey({ dataEncryptionKey: 'c2hvcnQ=', production: false, dataDir: tmp() })).toThrow(
      /32 bytes/,
    );
  });

  it('refuses to start in production without a key', () => {
    expect(() => loadDataKey({ production: true, dataDir: tmp() })).toThrow(
      /DATA_ENCRYPTION_KEY is required/,
    );
  });

  it('generates a development key once, mode 0600, and keeps it', () => {
    const dataDir = tmp();
    const first = loadDataKey({ production: false, dataDir });
    const file = path.join(dataDir, 'keys', 'data.key');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadDataKey({ production: false, dataDir })).toEqual(first);
    fs.rmSync(dataDir, { recursive: true });
  });
});
