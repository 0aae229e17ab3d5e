import type { BorrowerType } from '@jrpt/contracts';
import type { Principal } from '../../app-deps.js';
import { forbidden } from '../../http/errors.js';

/** 企业/个人 of a demand is the account's type. */
export function borrowerTypeOf(principal: Principal): BorrowerType {
  if (principal.role === 'personal' || principal.role === 'enterprise') return principal.role;
  throw forbidden();
}
