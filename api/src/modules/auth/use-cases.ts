/** One function per action of the account feature; each state change is one transaction with its audit row. */
import type { Request, Response } from 'express';
import type {
  ChangePasswordRequest,
  ChangePhoneRequest,
  LoginRequest,
  RegisterEnterprise,
  RegisterPersonal,
  SmsSendRequest,
  StaffLoginRequest,
} from '@jrpt/contracts';
import type { AppDeps, Principal, Realm } from '../../app-deps.js';
import { isUniqueViolation } from '../../db/errors.js';
import { conflict, fieldError, HttpError, unauthorized } from '../../http/errors.js';
import { createDummyHash, hashPassword, needsRehash, verifyPassword } from '../../security/password.js';
import { recordConsent } from '../agreements/agreements.js';
import { writeAudit } from '../audit/audit.js';
import { bumpStat } from '../home/stats.js';
import { checkCaptcha } from './captcha.js';
import { accountsRepo, toCurrentStaff, toCurrentUser, type AccountRow } from './repository.js';
import { clearSessionCookies, createSession, endPresentedSession, setSessionCookies } from './sessions.js';
import { consumeSmsCode, sendSmsCode } from './sms-codes.js';
import { assertNotLocked, clearThrottle, recordFailure, throttleKeys } from './throttle.js';

const PHONE_TAKEN = '该手机号已注册，请直接登录';
const LOGIN_FAILED = '账号或密码错误';

const dummyHashes = new Map<number, Promise<string>>();
/** Verifies against a real hash or, for an unknown account, a dummy one: both take the same time. */
async function passwordMatches(deps: AppDeps, account: AccountRow | undefined, password: string) {
  if (!account) {
    const cost = deps.config.scryptCost;
    if (!dummyHashes.has(cost)) dummyHashes.set(cost, createDummyHash(cost));
    await verifyPassword(password, await dummyHashes.get(cost)!);
    return false;
  }
  return verifyPassword(password, account.password_hash);
}

export async function sendSms(
  deps: AppDeps,
  req: Request,
  principal: Principal | null,
  input: SmsSendRequest,
) {
  const now = deps.now();
  await checkCaptcha(deps.db, input, 'sms', now);
  if (input.purpose === 'register') {
    if (await accountsRepo.phoneTaken(deps.db, input.phone)) throw conflict(PHONE_TAKEN, 'phone_taken');
  } else {
    if (!principal || (principal.role !== 'personal' && principal.role !== 'enterprise'))
      throw unauthorized();
    if (await accountsRepo.phoneTaken(deps.db, input.phone)) {
      throw conflict('该手机号已被其他账号使用', 'phone_taken');
    }
  }
  return sendSmsCode(deps, input.phone, input.purpose);
}

type Registration = ({ type: 'personal' } & RegisterPersonal) | ({ type: 'enterprise' } & RegisterEnterprise);

export async function register(deps: AppDeps, req: Request, input: Registration) {
  const now = deps.now();
  await checkCaptcha(deps.db, input, 'form', now);
  if (await accountsRepo.phoneTaken(deps.db, input.phone)) throw conflict(PHONE_TAKEN, 'phone_taken');
  await consumeSmsCode(deps.db, { phone: input.phone, purpose: 'register', code: input.smsCode, now });
  const passwordHash = await hashPassword(input.password, deps.config.scryptCost);
  try {
    return await deps.db.transaction(async (trx) => {
      const row =
        input.type === 'personal'
          ? {
              role: 'personal' as const,
              username: input.username,
              enterprise_name: null,
              uscc: null,
              display_name: input.username,
            }
          : {
              role: 'enterprise' as const,
              username: null,
              enterprise_name: input.enterpriseName,
              uscc: input.uscc,
              display_name: input.enterpriseName,
            };
      const id = await accountsRepo.insertBorrower(
        trx,
        { ...row, phone: input.phone, password_hash: passwordHash },
        now,
      );
      const consent = await recordConsent(trx, {
        accountId: id,
        code: 'platform_service',
        subjectType: 'registration',
        ip: req.ip,
        now,
      });
      await bumpStat(trx, 'registered_users', 1);
      await writeAudit(
        trx,
        {
          principal: { accountId: id, role: row.role },
          action: 'account.register',
          entityType: 'accounts',
          entityId: id,
          after: { ...row, phone: input.phone, agreementVersion: consent.version },
          req,
        },
        now,
      );
      return { ok: true as const, accountId: id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(PHONE_TAKEN, 'phone_taken');
    throw err;
  }
}

async function startSession(
  deps: AppDeps,
  req: Request,
  res: Response,
  realm: Realm,
  account: AccountRow,
  now: Date,
) {
  const session = await deps.db.transaction(async (trx) => {
    // A fresh session id at every login; whatever session the browser had in this realm ends.
    await endPresentedSession(trx, req, realm);
    const created = await createSession(trx, { realm, accountId: account.id, config: deps.config, now, req });
    await writeAudit(
      trx,
      {
        principal: { accountId: account.id, role: account.role },
        action: 'auth.login',
        entityType: 'accounts',
        entityId: account.id,
        req,
      },
      now,
    );
    return created;
  });
  setSessionCookies(res, realm, session, deps.config);
  return session;
}

async function authenticate(
  deps: AppDeps,
  req: Request,
  opts: {
    realm: Realm;
    login: string;
    password: string;
    captcha: { captchaId: string; captchaText: string };
  },
  find: () => Promise<AccountRow | undefined>,
) {
  const now = deps.now();
  const keys = [throttleKeys.login(opts.realm, opts.login), throttleKeys.ip(req.ip)];
  await assertNotLocked(deps.db, keys, now);
  await checkCaptcha(deps.db, opts.captcha, 'form', now);
  const account = await find();
  const ok = await passwordMatches(deps, account, opts.password);
  if (!account || !ok) {
    await recordFailure(deps.db, keys, now);
    throw new HttpError(401, 'login_failed', LOGIN_FAILED);
  }
  if (account.status !== 'active')
    throw new HttpError(403, 'account_disabled', '账号已停用，请联系平台工作人员');
  await clearThrottle(deps.db, keys[0]);
  if (needsRehash(account.password_hash, deps.config.scryptCost)) {
    await accountsRepo.updatePasswordHash(
      deps.db,
      account.id,
      await hashPassword(opts.password, deps.config.scryptCost),
      now,
    );
  }
  return { account, now };
}

export async function login(deps: AppDeps, req: Request, res: Response, input: LoginRequest) {
  const { account, now } = await authenticate(
    deps,
    req,
    { realm: 'portal', login: input.phone, password: input.password, captcha: input },
    () => accountsRepo.findBorrowerByPhone(deps.db, input.phone),
  );
  const session = await startSession(deps, req, res, 'portal', account, now);
  return { user: toCurrentUser(account), csrfToken: session.csrfToken };
}

export async function staffLogin(deps: AppDeps, req: Request, res: Response, input: StaffLoginRequest) {
  const { account, now } = await authenticate(
    deps,
    req,
    { realm: 'admin', login: input.username, password: input.password, captcha: input },
    () => accountsRepo.findStaffByLoginName(deps.db, input.username),
  );
  const session = await startSession(deps, req, res, 'admin', account, now);
  const institutionName = await accountsRepo.institutionName(deps.db, account.institution_id);
  return { staff: toCurrentStaff(account, institutionName), csrfToken: session.csrfToken };
}

export async function logout(deps: AppDeps, req: Request, res: Response, realm: Realm, principal: Principal) {
  const now = deps.now();
  await deps.db.transaction(async (trx) => {
    await trx('sessions').where({ id: principal.sessionId }).delete();
    await writeAudit(
      trx,
      { principal, action: 'auth.logout', entityType: 'accounts', entityId: principal.accountId, req },
      now,
    );
  });
  clearSessionCookies(res, realm, deps.config);
  return { ok: true as const };
}

async function loadAccount(deps: AppDeps, principal: Principal) {
  const account = await accountsRepo.findById(deps.db, principal.accountId);
  if (!account) throw unauthorized();
  return account;
}

export async function currentUser(deps: AppDeps, principal: Principal) {
  return { user: toCurrentUser(await loadAccount(deps, principal)), csrfToken: principal.csrfToken };
}

export async function currentStaff(deps: AppDeps, principal: Principal) {
  const account = await loadAccount(deps, principal);
  const institutionName = await accountsRepo.institutionName(deps.db, account.institution_id);
  return { staff: toCurrentStaff(account, institutionName), csrfToken: principal.csrfToken };
}

export async function changePassword(
  deps: AppDeps,
  req: Request,
  principal: Principal,
  input: ChangePasswordRequest,
) {
  const now = deps.now();
  const key = throttleKeys.password(principal.accountId);
  await assertNotLocked(deps.db, [key], now);
  const account = await loadAccount(deps, principal);
  if (!(await verifyPassword(input.oldPassword, account.password_hash))) {
    await recordFailure(deps.db, [key], now);
    throw fieldError('oldPassword', '原密码不正确');
  }
  if (input.oldPassword === input.newPassword) throw fieldError('newPassword', '新密码不能与原密码相同');
  const passwordHash = await hashPassword(input.newPassword, deps.config.scryptCost);
  await deps.db.transaction(async (trx) => {
    await accountsRepo.updatePasswordHash(trx, account.id, passwordHash, now);
    // Anyone else holding a session of this account is signed out.
    await accountsRepo.endOtherSessions(trx, account.id, principal.sessionId);
    await clearThrottle(trx, key);
    await writeAudit(
      trx,
      { principal, action: 'account.change_password', entityType: 'accounts', entityId: account.id, req },
      now,
    );
  });
  return { ok: true as const };
}

export async function changePhone(
  deps: AppDeps,
  req: Request,
  principal: Principal,
  input: ChangePhoneRequest,
) {
  const now = deps.now();
  const account = await loadAccount(deps, principal);
  if (account.phone === input.newPhone) throw fieldError('newPhone', '新手机号与当前手机号相同');
  if (await accountsRepo.phoneTaken(deps.db, input.newPhone))
    throw conflict('该手机号已被其他账号使用', 'phone_taken');
  await consumeSmsCode(deps.db, { phone: input.newPhone, purpose: 'change_phone', code: input.smsCode, now });
  try {
    await deps.db.transaction(async (trx) => {
      await accountsRepo.updatePhone(trx, account.id, input.newPhone, now);
      await writeAudit(
        trx,
        {
          principal,
          action: 'account.change_phone',
          entityType: 'accounts',
          entityId: account.id,
          before: { phone: account.phone },
          after: { phone: input.newPhone },
          req,
        },
        now,
      );
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('该手机号已被其他账号使用', 'phone_taken');
    throw err;
  }
  const updated = await loadAccount(deps, principal);
  return { user: toCurrentUser(updated), csrfToken: principal.csrfToken };
}
