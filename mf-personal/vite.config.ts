import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const devPort = Number(process.env.PORT ?? 5133);

export default defineConfig(({ command }) => ({
  // A relative base makes every chunk URL resolve against the module that imports it (import.meta.url)
  // and the manifest's publicPath "auto": the same build loads from whatever origin serves it.
  base: './',
  plugins: [
    react(),
    federation({
      name: 'mf_personal',
      filename: 'remoteEntry.js',
      manifest: true,
      dts: false,
      exposes: { './App': './src/App.tsx' },
      shared: {
        react: { singleton: true },
        'react-dom': { singleton: true },
        antd: { singleton: true },
        'react-router': { singleton: true },
        dayjs: { singleton: true },
        swr: { singleton: true },
      },
      // Built, the remote uses the federation runtime the portal shell provides
      // (experiments.provideExternalRuntime there) instead of downloading its own copy.
      experiments: { externalRuntime: command === 'build' },
      // The default is a 10 s limit for the whole build, which a busy machine exceeds; this one restarts on every module.
      moduleParseIdleTimeout: 60,
    }),
  ],
  build: {
    target: 'es2022',
    rolldownOptions: {
      // The build is only the federated modules; index.html/main.tsx serve `npm run dev`.
      input: [],
      // The contracts' modules only declare schemas: the ones a page does not use can go.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/packages/contracts/') },
    },
  },
  server: {
    port: devPort,
    strictPort: true,
    origin: `http://localhost:${devPort}`,
    proxy: { '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3000' } },
  },
}));
