import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __ANTD_VERSION__: '"5.29.3"' },
  test: { include: ['src/**/*.test.ts', '*.test.ts'], environment: 'node' },
});
