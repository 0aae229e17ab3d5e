/**
 * Field encryption for personal data at rest (ID numbers): AES-256-GCM with a random 96-bit IV per
 * value, stored as `v1:<iv>:<tag>:<ciphertext>` (base64). A keyed blind index (HMAC-SHA256 under a
 * key derived from the same secret) lets a value be looked up without decrypting the table.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** Deterministic keyed digest (hex) for equality lookups, e.g. "has this ID number applied before". */
  blindIndex(plain: string): string;
}

const VERSION = 'v1';

export function createFieldCipher(key: Buffer): FieldCipher {
  if (key.length !== 32) throw new Error('the data encryption key must be 32 bytes');
  const indexKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'jrpt blind index', 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        VERSION,
        iv.toString('base64'),
        cipher.getAuthTag().toString('base64'),
        data.toString('base64'),
      ].join(':');
    },
    decrypt(stored) {
      const [version, iv, tag, data] = stored.split(':');
      if (version !== VERSION || !iv || !tag || data === undefined)
        throw new Error('not an encrypted field value');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
    },
    blindIndex(plain) {
      return createHmac('sha256', indexKey).update(plain, 'utf8').digest('hex');
    },
  };
}

export function parseKey(base64: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== 32) {
    throw new Error('Invalid configuration: DATA_ENCRYPTION_KEY must be the base64 of exactly 32 bytes');
  }
  return key;
}

/**
 * The key comes from DATA_ENCRYPTION_KEY. Without it production refuses to start; development
 * generates one once into `<dataDir>/keys/data.key` (mode 0600) and keeps using it.
 */
export function loadDataKey(opts: {
  dataEncryptionKey?: string;
  production: boolean;
  dataDir: string;
}): Buffer {
  if (opts.dataEncryptionKey) return parseKey(opts.dataEncryptionKey);
  if (opts.production) {
    throw new Error('Invalid configuration: DATA_ENCRYPTION_KEY is required when NODE_ENV=production');
  }
  const file = path.join(opts.dataDir, 'keys', 'data.key');
  if (fs.existsSync(file)) return parseKey(fs.readFileSync(file, 'utf8'));
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  try {
    // 'wx': if another process created it meanwhile, keep theirs.
    fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return parseKey(fs.readFileSync(file, 'utf8'));
    throw err;
  }
}
