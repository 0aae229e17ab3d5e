import { describe, expect, it } from 'vitest';
import {
  PRODUCT_ACTIONS,
  PRODUCT_STATUSES,
  STAFF_ROLES,
  canEditProduct,
  productActionsFor,
  type ProductAction,
  type ProductStatus,
  type StaffRole,
} from '@jrpt/contracts';
import { HttpError } from '../../http/errors.js';
import { listedDelta, resolveTransition } from './transitions.js';

type Outcome = ProductStatus | 409 | 403;

/**
 * Every (status, action) pair: the status the office reaches, and what institution staff get.
 * Government staff never reach this function with a write (their routes are 403), but the table still
 * refuses them. Anything not listed here is a 409.
 */
const EXPECTED: Partial<
  Record<`${ProductStatus}:${ProductAction}`, { office: Outcome; institution: Outcome }>
> = {
  'draft:submit': { office: 'pending', institution: 'pending' },
  'delisted:submit': { office: 'pending', institution: 'pending' },
  'pending:approve': { office: 'listed', institution: 403 },
  'pending:reject': { office: 'draft', institution: 403 },
  'listed:delist': { office: 'delisted', institution: 'delisted' },
  'delisted:list': { office: 'listed', institution: 403 },
};

function outcome(status: ProductStatus, action: ProductAction, role: StaffRole): Outcome {
  try {
    return resolveTransition(status, action, role, '材料不全').to;
  } catch (err) {
    if (err instanceof HttpError && (err.status === 409 || err.status === 403)) return err.status;
    throw err;
  }
}

describe('product transition table', () => {
  for (const status of PRODUCT_STATUSES) {
    for (const action of PRODUCT_ACTIONS) {
      const expected = EXPECTED[`${status}:${action}`] ?? { office: 409, institution: 409 };
      it(`${status} --${action}--> office ${expected.office}, institution ${expected.institution}, government refused`, () => {
        expect(outcome(status, action, 'office')).toBe(expected.office);
        expect(outcome(status, action, 'institution')).toBe(expected.institution);
        expect(outcome(status, action, 'government')).toBe(expected.office === 409 ? 409 : 403);
      });
    }
  }

  it('an illegal transition is a 409 with a Chinese message naming the status and the action', () => {
    try {
      resolveTransition('draft', 'approve', 'office');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(HttpError);
      expect((err as HttpError).status).toBe(409);
      expect((err as HttpError).message).toBe('产品当前状态为“草稿”，不能执行“审核通过”操作');
    }
  });

  it('a rejection needs a reason (400 naming reason)', () => {
    try {
      resolveTransition('pending', 'reject', 'office');
      expect.unreachable();
    } catch (err) {
      expect((err as HttpError).status).toBe(400);
      expect((err as HttpError).fields).toEqual({ reason: '请填写退回原因' });
    }
  });

  it('counts listed products in and out', () => {
    expect(listedDelta({ from: 'pending', to: 'listed' })).toBe(1);
    expect(listedDelta({ from: 'delisted', to: 'listed' })).toBe(1);
    expect(listedDelta({ from: 'listed', to: 'delisted' })).toBe(-1);
    expect(listedDelta({ from: 'draft', to: 'pending' })).toBe(0);
    expect(listedDelta({ from: 'pending', to: 'draft' })).toBe(0);
  });

  it('the buttons offered (productActionsFor) are exactly the transitions that succeed', () => {
    for (const status of PRODUCT_STATUSES) {
      for (const role of STAFF_ROLES) {
        const succeeding = PRODUCT_ACTIONS.filter((a) => typeof outcome(status, a, role) === 'string');
        expect(productActionsFor(status, role)).toEqual(succeeding);
      }
    }
  });

  it('institution staff may edit only drafts and delisted products; government never', () => {
    expect(PRODUCT_STATUSES.filter((s) => canEditProduct(s, 'institution'))).toEqual(['draft', 'delisted']);
    expect(PRODUCT_STATUSES.filter((s) => canEditProduct(s, 'office'))).toEqual([...PRODUCT_STATUSES]);
    expect(PRODUCT_STATUSES.filter((s) => canEditProduct(s, 'government'))).toEqual([]);
  });
});
