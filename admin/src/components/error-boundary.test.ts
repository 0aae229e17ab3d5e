import { describe, expect, it } from 'vitest';
import { isChunkLoadError } from './error-boundary';

describe('isChunkLoadError', () => {
  it.each([
    ['Failed to fetch dynamically imported module: http://localhost:8090/assets/list-abc123.js', true],
    ['error loading dynamically imported module', true],
    ['Importing a module script failed.', true],
    ['Loading chunk 42 failed.', true],
    ["Cannot read properties of undefined (reading 'name')", false],
  ])('%s → %s', (message, expected) => {
    expect(isChunkLoadError(new Error(message))).toBe(expected);
  });

  it('is false for things that are not errors', () => {
    expect(isChunkLoadError('Loading chunk 1 failed')).toBe(false);
  });
});
