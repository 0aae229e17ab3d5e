/**
 * API test harness: the real app (createApp + createDeps) against the run's database, and
 * supertest agents for a visitor, a logged-in borrower and a logged-in staff member.
 *
 *   const agent = await loginStaff('office', DEMO_PASSWORD);
 *   await agent.get('/api/admin/audit-logs').expect(200);
 */
import { randomInt } from 'node:crypto';
import type { Express } from 'express';
import type { Knex } from 'knex';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, expect, inject } from 'vitest';
import type { AppDeps } from '../app-deps.js';
import { createApp } from '../app.js';
import type { Config } from '../config/config.js';
import { createDb } from '../db/knex.js';
import { createDeps } from '../deps.js';
import { testConfig } from './test-config.js';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seeds/accounts.js';

export type Agent = ReturnType<typeof request.agent>;

export interface TestApp {
  app: Express;
  deps: AppDeps;
  db: Knex;
  config: Config;
}

const opened: Knex[] = [];
let shared: TestApp | undefined;

afterAll(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
  shared = undefined;
});

/**
 * The app on the run's database. Without options, one shared instance per test file; with `env`
 * (configuration overrides, e.g. a production-like config) or `now` (a clock the test controls),
 * a separate one.
 */
export function testApp(opts: { env?: Record<string, string>; now?: () => Date } = {}): TestApp {
  const isDefault = !opts.env && !opts.now;
  if (isDefault && shared) return shared;
  const config = testConfig(inject('testDatabase'), opts.env);
  const db = createDb(config.database);
  opened.push(db);
  const deps = createDeps({ config, db, logger: pino({ level: 'silent' }), now: opts.now });
  const built = { app: createApp(deps), deps, db, config };
  if (isDefault) shared = built;
  return built;
}

/** A clock for tests: starts at `start` and moves only when told. */
export function manualClock(start = new Date()) {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

/** A client address of its own per agent, so one test's login failures never lock another's. */
const randomIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

/** A mainland mobile number no demo account uses. */
export const uniquePhone = () => `17${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;

/** A visitor: a cookie-keeping agent that sends X-Requested-With (required on anonymous POSTs). */
export function anon(t: TestApp = testApp()): Agent {
  return request.agent(t.app).set('X-Requested-With', 'XMLHttpRequest').set('X-Forwarded-For', randomIp());
}

/** A request with no default headers at all (for CSRF and header tests). */
export const raw = (t: TestApp = testApp()) => request(t.app);

export async function readCaptcha(id: string, t: TestApp = testApp()): Promise<string> {
  const row = await t.db('captchas').where({ id }).first('dev_text');
  if (!row?.dev_text) throw new Error(`no captcha text for ${id}`);
  return row.dev_text as string;
}

/** Fetches a captcha through the API and reads its answer: `{ captchaId, captchaText }`. */
export async function solveCaptcha(agent: Agent, t: TestApp = testApp(), path = '/api/auth/captcha') {
  const res = await agent.get(path).expect(200);
  const captchaId = res.body.captchaId as string;
  return { captchaId, captchaText: await readCaptcha(captchaId, t) };
}

/** The last SMS code the development provider sent to a phone. */
export async function readSmsCode(phone: string, t: TestApp = testApp()): Promise<string> {
  const row = await t.db('sms_outbox').where({ phone }).orderBy('id', 'desc').first('code');
  if (!row) throw new Error(`no SMS sent to ${phone}`);
  return row.code as string;
}

/** Sends a code to `phone` (captcha solved) and returns it. */
export async function sendSms(
  agent: Agent,
  phone: string,
  purpose: 'register' | 'change_phone' = 'register',
  t: TestApp = testApp(),
): Promise<string> {
  const captcha = await solveCaptcha(agent, t);
  await agent
    .post('/api/auth/sms')
    .send({ phone, purpose, ...captcha })
    .expect(200);
  return readSmsCode(phone, t);
}

/** Registers a borrower end to end (captcha, SMS, agreement) and returns the phone. */
export async function registerBorrower(
  opts: { type?: 'personal' | 'enterprise'; phone?: string; password?: string } = {},
  t: TestApp = testApp(),
) {
  const agent = anon(t);
  const phone = opts.phone ?? uniquePhone();
  const password = opts.password ?? 'Secret123';
  const smsCode = await sendSms(agent, phone, 'register', t);
  const captcha = await solveCaptcha(agent, t);
  const type = opts.type ?? 'personal';
  const body =
    type === 'personal'
      ? { phone, password, username: '测试用户', smsCode, agreed: true, ...captcha }
      : {
          phone,
          password,
          enterpriseName: '天水测试科技有限公司',
          uscc: '91620503MA74X1C46L',
          smsCode,
          agreed: true,
          ...captcha,
        };
  const res = await agent.post(`/api/auth/register/${type}`).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { phone, password, accountId: res.body.accountId as number };
}

/** Logs a borrower in to the portal; the agent keeps the cookies and sends X-CSRF-Token. */
export async function loginBorrower(phone: string, password: string, t: TestApp = testApp()): Promise<Agent> {
  const agent = anon(t);
  const captcha = await solveCaptcha(agent, t);
  const res = await agent.post('/api/auth/login').send({ phone, password, ...captcha });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return agent.set('X-CSRF-Token', res.body.csrfToken as string);
}

/** Logs a staff member in to the admin; the agent keeps the cookies and sends X-CSRF-Token. */
export async function loginStaff(username: string, password: string, t: TestApp = testApp()): Promise<Agent> {
  const agent = anon(t);
  const captcha = await solveCaptcha(agent, t, '/api/admin/auth/captcha');
  const res = await agent.post('/api/admin/auth/login').send({ username, password, ...captcha });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return agent.set('X-CSRF-Token', res.body.csrfToken as string);
}
