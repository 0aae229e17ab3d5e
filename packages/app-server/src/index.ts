/**
 * The production server of every front end (portal shell, micro-frontends, admin): static files
 * with long-lived caching for hashed assets, SPA fallback, `/api` proxied to the API so session
 * cookies are first-party, security headers with a CSP that admits the inline scripts the build
 * emitted (by hash) and the origins the app really loads from, CORS for micro-frontends, and a
 * graceful stop on SIGTERM.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { createProxyMiddleware } from 'http-proxy-middleware';

export interface ServeAppOptions {
  /** Shown in logs. */
  name: string;
  /** The Vite build output. */
  distDir: string | URL;
  port: number;
  host?: string;
  /** Proxy `/api/*` to this origin (e.g. http://127.0.0.1:3000). */
  apiTarget?: string;
  /** Answer unknown non-file paths with index.html (client-side routing). Default true. */
  spa?: boolean;
  /** Let pages on other origins load these files (micro-frontends). Default false. */
  cors?: boolean;
  /** Extra CSP sources, e.g. the micro-frontends' origins for script-src and connect-src. */
  csp?: {
    scriptSrc?: string[];
    connectSrc?: string[];
    styleSrc?: string[];
    imgSrc?: string[];
    fontSrc?: string[];
  };
  /** Extra routes, mounted before the static files (e.g. the shell's /remotes.json). */
  routes?: (app: Express) => void;
}

const NO_CACHE = new Set(['index.html', 'remoteEntry.js', 'mf-manifest.json', 'mf-stats.json']);

/** sha256 sources for every inline <script> of index.html, so the CSP need not allow 'unsafe-inline'. */
function inlineScriptHashes(indexHtml: string): string[] {
  const hashes: string[] = [];
  for (const match of indexHtml.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    const body = match[1];
    if (!body.trim()) continue;
    hashes.push(`'sha256-${crypto.createHash('sha256').update(body).digest('base64')}'`);
  }
  return hashes;
}

export function createAppServer(options: ServeAppOptions): Express {
  const distDir = options.distDir instanceof URL ? fileURLToPath(options.distDir) : options.distDir;
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(distDir)) {
    throw new Error(`${options.name}: ${distDir} does not exist — run the build first`);
  }
  const indexHtml = fs.existsSync(indexFile) ? fs.readFileSync(indexFile, 'utf8') : '';
  const csp = options.csp ?? {};

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'", ...inlineScriptHashes(indexHtml), ...(csp.scriptSrc ?? [])],
          // antd's CSS-in-JS writes <style> elements at run time.
          'style-src': ["'self'", "'unsafe-inline'", ...(csp.styleSrc ?? [])],
          'img-src': ["'self'", 'data:', 'blob:', ...(csp.imgSrc ?? [])],
          'font-src': ["'self'", 'data:', ...(csp.fontSrc ?? [])],
          'connect-src': ["'self'", ...(csp.connectSrc ?? [])],
          'frame-ancestors': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          // Left to the TLS-terminating proxy: on plain http it would break remotes on other hosts.
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginResourcePolicy: { policy: options.cors ? 'cross-origin' : 'same-origin' },
      crossOriginEmbedderPolicy: false,
    }),
  );

  if (options.apiTarget) {
    app.use(
      createProxyMiddleware({
        target: options.apiTarget,
        pathFilter: '/api',
        xfwd: true,
        proxyTimeout: 30_000,
        on: {
          error: (_err, _req, res) => {
            const out = res as http.ServerResponse;
            if (!out.headersSent && typeof out.writeHead === 'function') {
              out.writeHead(502, { 'Content-Type': 'application/json; charset=utf-8' });
            }
            out.end(
              JSON.stringify({ error: { code: 'api_unavailable', message: '服务暂时不可用，请稍后再试' } }),
            );
          },
        },
      }),
    );
  }

  app.use(compression());

  if (options.cors) {
    app.use((req, res, next) => {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
      next();
    });
  }

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', app: options.name });
  });
  options.routes?.(app);

  app.use(
    express.static(distDir, {
      index: false,
      setHeaders(res, filePath) {
        const base = path.basename(filePath);
        if (NO_CACHE.has(base)) res.setHeader('Cache-Control', 'no-cache');
        else if (/[.-][A-Za-z0-9_-]{8,}\.(js|css|woff2?|png|svg|jpg)$/.test(base)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        } else res.setHeader('Cache-Control', 'public, max-age=3600');
      },
    }),
  );

  if (options.spa !== false && indexHtml) {
    app.get(/.*/, (req, res, next) => {
      // A missing asset is a 404, not the page.
      if (path.extname(req.path) && !req.path.endsWith('.html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(indexHtml);
    });
  }
  return app;
}

/** Start the server; resolves once it listens. SIGTERM/SIGINT close it after requests in flight. */
export function serveApp(options: ServeAppOptions): Promise<http.Server> {
  const app = createAppServer(options);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = app.listen(options.port, host, () => {
      console.log(
        `${options.name} listening on http://${host === '127.0.0.1' ? 'localhost' : host}:${options.port}`,
      );
      resolve(server);
    });
    server.on('error', reject);
    const stop = () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 5000).unref();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}

/** The origin of a URL (for CSP lists), or null when it is not absolute. */
export function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
