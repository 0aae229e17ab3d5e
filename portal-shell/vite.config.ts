import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { DEV_DEFAULTS, remotesFromEnv } from './remotes-config.mjs';

const require = createRequire(import.meta.url);
const antdVersion = (
  JSON.parse(readFileSync(require.resolve('antd/package.json'), 'utf8')) as { version: string }
).version;
const singleton = { singleton: true } as const;

/** `vite` dev: serve /remotes.json pointing at the remotes' dev servers (overridable like in production). */
function devRemotesManifest(): Plugin {
  return {
    name: 'jrpt:dev-remotes-json',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/remotes.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(JSON.stringify(remotesFromEnv(process.env, DEV_DEFAULTS)));
      });
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    devRemotesManifest(),
    federation({
      name: 'portal_shell',
      // Remotes are not known at build time: /remotes.json lists them (src/federation/runtime.ts).
      remotes: {},
      dts: false,
      // antd is shared too, but registered by hand so the home page does not download it (runtime.ts).
      shared: {
        react: singleton,
        'react-dom': singleton,
        'react-router': singleton,
        dayjs: singleton,
        swr: singleton,
      },
      // The remotes use this copy of the federation runtime instead of each downloading its own.
      experiments: { provideExternalRuntime: true },
      // The plugin's default 10 s parse budget can run out on a loaded 2-core machine and yield a broken build.
      moduleParseIdleTimeout: 60,
    }),
  ],
  define: { __ANTD_VERSION__: JSON.stringify(antdVersion) },
  build: {
    target: 'es2022',
    // antd is one chunk on purpose: the remotes may use any of its exports (it is loaded after the home page).
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The contracts' modules only declare schemas: the ones a page does not use can go.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/packages/contracts/') },
      output: {
        // One chunk per library, so that the home page never downloads antd along with React.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            {
              name: 'router',
              test: /[\\/]node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/,
              priority: 30,
            },
            {
              name: 'antd',
              test: /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@emotion|stylis|classnames|compute-scroll-into-view|scroll-into-view-if-needed|throttle-debounce|json2mq|toggle-selection|copy-to-clipboard|string-convert|@babel[\\/]runtime|resize-observer-polyfill)[\\/]/,
              priority: 20,
            },
          ],
        },
      },
    },
  },
  server: {
    port: Number(process.env.PORT ?? 5120),
    strictPort: true,
    proxy: { '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  preview: { port: 5121, strictPort: true },
});
