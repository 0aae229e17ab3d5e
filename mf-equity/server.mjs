/** Production server of the mf-equity micro-frontend: its static files, with CORS so the portal shell can load them. */
import { serveApp } from '@jrpt/app-server';

await serveApp({
  name: 'mf-equity',
  distDir: new URL('./dist/', import.meta.url),
  port: Number(process.env.PORT ?? 8082),
  apiTarget: process.env.API_URL ?? 'http://127.0.0.1:3000',
  cors: true,
});
