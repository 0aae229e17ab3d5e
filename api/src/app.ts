/** The Express application, apart from the listening entry (server.ts), so tests run it in-process. */
import { randomUUID } from 'node:crypto';
import cookieParser from 'cookie-parser';
import express, { Router } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import swaggerUi from 'swagger-ui-express';
import type { AppDeps } from './app-deps.js';
import { errorHandler } from './http/error-handler.js';
import { notFound } from './http/errors.js';
import { buildOpenApi } from './http/openapi.js';
import { mountRoutes } from './http/route.js';
import { allRoutes, devRoutes } from './modules/index.js';

export function createApp(deps: AppDeps) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  app.set('query parser', 'simple');

  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/api/health' },
      redact: ['req.headers.cookie', 'res.headers["set-cookie"]'],
    }),
  );
  app.use(helmet({ crossOriginResourcePolicy: { policy: 'same-site' } }));
  app.use(express.json({ limit: '200kb' }));
  app.use(cookieParser());
  app.use('/api', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  const routes = [...allRoutes, ...(deps.config.devRoutes ? devRoutes : [])];
  const openapi = buildOpenApi(routes, { title: '智慧金融服务平台 API', version: '0.1.0' });
  const api = Router();
  api.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  api.use(
    '/docs',
    // Swagger UI needs inline styles; its scripts come from its own files.
    helmet.contentSecurityPolicy({
      directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
    }),
    swaggerUi.serve,
    swaggerUi.setup(undefined, {
      swaggerOptions: { url: '/api/openapi.json' },
      customSiteTitle: '智慧金融服务平台 API',
    }),
  );
  mountRoutes(api, routes, deps);
  api.use(() => {
    throw notFound('接口');
  });
  app.use('/api', api);
  app.use(errorHandler(deps.logger));
  return app;
}
