import { defineConfig } from 'vitest/config';

// Unit tests run without the federation plugin: they test plain modules.
export default defineConfig({ test: { environment: 'node', include: ['src/**/*.test.ts'] } });
