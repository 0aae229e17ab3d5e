/** Every route of the API, feature by feature. Each module exports its routes; this is the only list. */
import type { AnyRoute } from '../http/route.js';
import { healthRoutes } from './health/routes.js';

export const allRoutes: AnyRoute[] = [...healthRoutes];

/** Routes that exist only in development with the development SMS provider (see config.devRoutes). */
export const devRoutes: AnyRoute[] = [];
