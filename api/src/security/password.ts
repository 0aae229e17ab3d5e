/**
 * Password hashing with scrypt (node:crypto). The stored string records its own parameters
 * (`scrypt$N$r$p$salt$hash`), so the cost can be raised later and old hashes still verify.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_LENGTH = 32;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;

function scryptAsync(
  password: string,
  salt: Buffer,
  keylen: number,
  options: ScryptOptions,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keylen, options, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

const maxmem = (N: number, r: number) => 128 * N * r * 2 + 1024 * 1024;

export async function hashPassword(password: string, cost: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_LENGTH, {
    N: cost,
    r: BLOCK_SIZE,
    p: PARALLELISM,
    maxmem: maxmem(cost, BLOCK_SIZE),
  });
  return ['scrypt', cost, BLOCK_SIZE, PARALLELISM, salt.toString('base64'), key.toString('base64')].join('$');
}

interface Parsed {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parse(encoded: string): Parsed | null {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (
    ![N, r, p].every((n) => Number.isInteger(n) && n > 0) ||
    (N & (N - 1)) !== 0 ||
    N > 2 ** 20 ||
    r > 32 ||
    p > 16
  ) {
    return null;
  }
  const salt = Buffer.from(parts[4], 'base64');
  const key = Buffer.from(parts[5], 'base64');
  if (salt.length < 8 || key.length < 16) return null;
  return { N, r, p, salt, key };
}

/** Constant-time comparison; a malformed stored hash never matches. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parsed = parse(encoded);
  if (!parsed) return false;
  const key = await scryptAsync(password, parsed.salt, parsed.key.length, {
    N: parsed.N,
    r: parsed.r,
    p: parsed.p,
    maxmem: maxmem(parsed.N, parsed.r),
  });
  return timingSafeEqual(key, parsed.key);
}

/** True when the stored hash was made with other parameters than today's: rehash it at the next login. */
export function needsRehash(encoded: string, cost: number): boolean {
  const parsed = parse(encoded);
  return !parsed || parsed.N !== cost || parsed.r !== BLOCK_SIZE || parsed.p !== PARALLELISM;
}

/**
 * A hash to verify against when the account does not exist, so an unknown account costs the same
 * time as a wrong password and the response time tells nothing.
 */
export function createDummyHash(cost: number): Promise<string> {
  return hashPassword(randomBytes(12).toString('base64'), cost);
}
