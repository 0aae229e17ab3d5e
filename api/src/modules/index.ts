/** Every route of the API, feature by feature. Each module exports its routes; this is the only list. */
import type { AnyRoute } from '../http/route.js';
import { healthRoutes } from './health/routes.js';
import { agreementRoutes } from './agreements/routes.js';
import { adminAuthRoutes, authRoutes } from './auth/routes.js';
import { ssoRoutes } from './auth/sso/routes.js';
import { auditRoutes } from './audit/routes.js';
import { devOnlyRoutes } from './dev/routes.js';
import { siteRoutes } from './site/routes.js';
import { homeRoutes } from './home/routes.js';
import { regionRoutes } from './regions/routes.js';
import { institutionRoutes } from './institutions/routes.js';
import { productRoutes } from './products/routes.js';
import { articleRoutes } from './articles/routes.js';
import { fundRoutes } from './funds/routes.js';
import { eventRoutes } from './events/routes.js';
import { messageRoutes } from './messages/routes.js';
import { loanApplicationRoutes } from './loan-applications/routes.js';
import { renewalApplicationRoutes } from './renewal-applications/routes.js';
import { bridgeApplicationRoutes } from './bridge-applications/routes.js';
import { enterpriseAuthorizationRoutes } from './enterprise-authorizations/routes.js';
import { financingFeedRoutes } from './financing-feed/routes.js';
import { applicationSweeps } from './applications/sweeps.js';
import { recommendationRoutes } from './recommendations/routes.js';
import { financingDemandRoutes } from './financing-demands/routes.js';
import { financingDemandSweeps } from './financing-demands/sweep.js';
import { workflowSweeps, type Sweep } from './workflow/sweeps.js';

export const allRoutes: AnyRoute[] = [
  ...healthRoutes,
  ...authRoutes,
  ...ssoRoutes,
  ...adminAuthRoutes,
  ...agreementRoutes,
  ...auditRoutes,
  ...siteRoutes,
  ...homeRoutes,
  ...regionRoutes,
  ...institutionRoutes,
  ...productRoutes,
  ...articleRoutes,
  ...fundRoutes,
  ...eventRoutes,
  ...messageRoutes,
  ...loanApplicationRoutes,
  ...renewalApplicationRoutes,
  ...bridgeApplicationRoutes,
  ...enterpriseAuthorizationRoutes,
  ...financingFeedRoutes,
  ...recommendationRoutes,
  ...financingDemandRoutes,
];

/** Routes that exist only in development with the development SMS provider (see config.devRoutes). */
export const devRoutes: AnyRoute[] = [...devOnlyRoutes];

/** Every periodic sweep (overdue flags, reminders, clean-ups), run every minute by server.ts. */
export const allSweeps: Sweep[] = [...workflowSweeps, ...financingDemandSweeps, ...applicationSweeps];
