/**
 * A route is declared once: its schemas validate the request, describe it in the OpenAPI document,
 * and type the handler. Access (public, borrower, staff with roles) is part of the declaration and
 * enforced here, before any handler runs.
 */
import type { NextFunction, Request, Response, Router } from 'express';
import type { z } from 'zod';
import type { StaffRole } from '@jrpt/contracts';
import type { AppDeps, Principal } from '../app-deps.js';
import { forbidden, unauthorized, HttpError } from './errors.js';

export type Access =
  | { kind: 'public' }
  /** A logged-in borrower (personal or enterprise), portal session. */
  | { kind: 'borrower'; types?: readonly ('personal' | 'enterprise')[] }
  /** A logged-in staff member, admin session; `roles` narrows who may call it. */
  | { kind: 'staff'; roles?: readonly StaffRole[] };

// Narrow types (not `Access`), so a handler's `principal` is non-null unless the route is public.
export const PUBLIC = { kind: 'public' } as const satisfies Access;
export const BORROWER = { kind: 'borrower' } as const satisfies Access;
export const STAFF = { kind: 'staff' } as const satisfies Access;
export const staff = (...roles: StaffRole[]) => ({ kind: 'staff', roles }) as const satisfies Access;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Schema = z.ZodType | undefined;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteContext<P extends Schema, Q extends Schema, B extends Schema, A extends Access> {
  req: Request;
  res: Response;
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  /** Who is calling: always set when access is borrower or staff, null on public routes. */
  principal: A extends { kind: 'public' } ? Principal | null : Principal;
  deps: AppDeps;
}

export interface RouteDef<
  P extends Schema = Schema,
  Q extends Schema = Schema,
  B extends Schema = Schema,
  A extends Access = Access,
> {
  method: Method;
  /** Express path relative to /api, e.g. `/products/:id`. */
  path: string;
  summary: string;
  tags: string[];
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  response?: z.ZodType;
  /** Success status; 200 unless said. */
  status?: number;
  /** Extra response headers documented (e.g. X-Total-Count on admin lists). */
  headers?: Record<string, string>;
  handler: (ctx: RouteContext<P, Q, B, A>) => Promise<unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteDef<any, any, any, any>;

export function defineRoute<P extends Schema, Q extends Schema, B extends Schema, A extends Access>(
  def: RouteDef<P, Q, B, A>,
): AnyRoute {
  return def as AnyRoute;
}

const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);

async function authorize(route: AnyRoute, req: Request, deps: AppDeps): Promise<Principal | null> {
  const access: Access = route.access;
  if (access.kind === 'public') {
    return deps.sessions.resolve(req, 'portal');
  }
  const realm = access.kind === 'borrower' ? 'portal' : 'admin';
  const principal = await deps.sessions.resolve(req, realm);
  if (!principal) throw unauthorized(realm === 'admin' ? '请先登录管理后台' : '请先登录');
  if (access.kind === 'borrower') {
    if (principal.role !== 'personal' && principal.role !== 'enterprise') throw forbidden();
    if (access.types && !access.types.includes(principal.role)) {
      throw forbidden(
        access.types.includes('enterprise') ? '仅企业用户可以办理此业务' : '仅个人用户可以办理此业务',
      );
    }
  } else {
    if (principal.role === 'personal' || principal.role === 'enterprise') throw forbidden();
    if (access.roles && !access.roles.includes(principal.role)) throw forbidden();
  }
  // Logged-in state changes must carry the session's CSRF token.
  if (UNSAFE.has(route.method) && req.get('x-csrf-token') !== principal.csrfToken) {
    throw new HttpError(403, 'csrf_failed', '页面已过期，请刷新后重试');
  }
  return principal;
}

/**
 * Anonymous state changes (login, registration, SMS) must carry `X-Requested-With`, a header a
 * cross-site form cannot send and a cross-origin script cannot send without a CORS preflight we refuse.
 */
function checkAnonymousWrite(route: AnyRoute, req: Request) {
  if (route.access.kind === 'public' && UNSAFE.has(route.method) && !req.get('x-requested-with')) {
    throw new HttpError(403, 'csrf_failed', '请求来源无效，请刷新页面后重试');
  }
}

export function mountRoutes(router: Router, routes: AnyRoute[], deps: AppDeps) {
  for (const route of routes) {
    router[route.method](route.path, async (req: Request, res: Response, next: NextFunction) => {
      try {
        checkAnonymousWrite(route, req);
        const principal = await authorize(route, req, deps);
        const params = route.params ? route.params.parse(req.params) : undefined;
        const query = route.query ? route.query.parse(req.query) : undefined;
        const body = route.body ? route.body.parse(req.body ?? {}) : undefined;
        const result = await route.handler({ req, res, params, query, body, principal, deps });
        if (res.headersSent) return;
        res.status(route.status ?? 200);
        if (result === undefined) res.end();
        else res.json(result);
      } catch (err) {
        next(err);
      }
    });
  }
}
