/**
 * The portal shell's production server: the built files, /api proxied to the API, and /remotes.json,
 * the runtime manifest that tells the browser where each micro-frontend lives (from MF_*_URL).
 */
import { originOf, serveApp } from '@jrpt/app-server';
import { PRODUCTION_DEFAULTS, remotesFromEnv } from './remotes-config.mjs';

const remotes = remotesFromEnv(process.env, PRODUCTION_DEFAULTS);
const remoteOrigins = [
  ...new Set(
    Object.values(remotes)
      .map(originOf)
      .filter((o) => o !== null),
  ),
];
const remotesJson = JSON.stringify(remotes);

await serveApp({
  name: 'portal-shell',
  distDir: new URL('./dist/', import.meta.url),
  port: Number(process.env.PORT ?? 8080),
  apiTarget: process.env.API_URL ?? 'http://127.0.0.1:3000',
  // The remotes' scripts, styles and images come from their own origins.
  csp: {
    scriptSrc: remoteOrigins,
    connectSrc: remoteOrigins,
    styleSrc: remoteOrigins,
    imgSrc: remoteOrigins,
    fontSrc: remoteOrigins,
  },
  routes(app) {
    app.get('/remotes.json', (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.type('json').send(remotesJson);
    });
  },
});
console.log('portal-shell remotes:', remotes);
