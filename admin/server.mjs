/** The admin console's production server: the built files, SPA fallback and /api proxied to the API. */
import { serveApp } from '@jrpt/app-server';

await serveApp({
  name: 'admin',
  distDir: new URL('./dist', import.meta.url),
  port: Number(process.env.PORT ?? 8090),
  apiTarget: process.env.API_URL ?? 'http://127.0.0.1:3000',
});
