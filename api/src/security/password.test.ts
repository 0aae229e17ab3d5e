import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from './password.js';

describe('scrypt password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Jrpt@2026', 1024);
    expect(await verifyPassword('Jrpt@2026', hash)).toBe(true);
    expect(await verifyPassword('Jrpt@2027', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('records its parameters and salts every hash', async () => {
    const a = await hashPassword('same', 1024);
    const b = await hashPassword('same', 1024);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
  });

  it('verifies hashes made with another cost, and asks for a rehash', async () => {
    const old = await hashPassword('密码Abc123', 2048);
    expect(await verifyPassword('密码Abc123', old)).toBe(true);
    expect(needsRehash(old, 1024)).toBe(true);
    expect(needsRehash(old, 2048)).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['another scheme', 'bcrypt$2b$10$abc'],
    ['cost not a power of two', 'scrypt$1000$8$1$c2FsdHNhbHQ=$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['absurd cost', 'scrypt$1073741824$8$1$c2FsdHNhbHQ=$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['missing parts', 'scrypt$1024$8$1$c2FsdA=='],
  ])('never matches a malformed stored hash (%s)', async (_why, stored) => {
    expect(await verifyPassword('anything', stored)).toBe(false);
    expect(needsRehash(stored, 1024)).toBe(true);
  });
});
