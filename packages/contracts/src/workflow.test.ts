import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  APPLICATION_TRANSITIONS,
  type ApplicationAction,
  type ApplicationStatus,
} from './loans.js';
import { DEMAND_STATUSES, DEMAND_TRANSITIONS, type DemandAction, type DemandStatus } from './demands.js';
import { actionsFor, nextStatus } from './workflow.js';

describe('application state machine (PRODUCT.md)', () => {
  // Every (status, action) pair that is allowed; everything else must be refused.
  const allowed: [ApplicationStatus, ApplicationAction, ApplicationStatus][] = [
    ['submitted', 'accept', 'accepted'],
    ['submitted', 'reject', 'rejected'],
    ['submitted', 'withdraw', 'withdrawn'],
    ['accepted', 'grant_credit', 'credit_granted'],
    ['accepted', 'reject', 'rejected'],
    ['credit_granted', 'disburse', 'disbursed'],
  ];
  const actions: ApplicationAction[] = ['accept', 'grant_credit', 'disburse', 'reject', 'withdraw'];

  for (const status of APPLICATION_STATUSES) {
    for (const action of actions) {
      const hit = allowed.find(([s, a]) => s === status && a === action);
      it(`${status} --${action}--> ${hit ? hit[2] : 'refused'}`, () => {
        expect(nextStatus(APPLICATION_TRANSITIONS, status, action)).toBe(hit ? hit[2] : null);
      });
    }
  }

  it('gives each actor only its own buttons', () => {
    expect(actionsFor(APPLICATION_TRANSITIONS, 'submitted', 'institution')).toEqual(['accept', 'reject']);
    expect(actionsFor(APPLICATION_TRANSITIONS, 'submitted', 'borrower')).toEqual(['withdraw']);
    expect(actionsFor(APPLICATION_TRANSITIONS, 'accepted', 'borrower')).toEqual([]);
    expect(actionsFor(APPLICATION_TRANSITIONS, 'submitted', 'office')).toEqual([]);
    expect(actionsFor(APPLICATION_TRANSITIONS, 'disbursed', 'institution')).toEqual([]);
  });
});

describe('demand state machine (PRODUCT.md)', () => {
  const allowed: [DemandStatus, DemandAction, DemandStatus][] = [
    ['pending', 'accept', 'accepted'],
    ['pending', 'claim', 'accepted'],
    ['pending', 'dispatch', 'pending'],
    ['pending', 'decline', 'pending'],
    ['pending', 'withdraw', 'withdrawn'],
    ['accepted', 'review_pass', 'review_passed'],
    ['accepted', 'review_fail', 'review_failed'],
    ['review_passed', 'grant_credit', 'credit_granted'],
    ['credit_granted', 'disburse', 'disbursed'],
  ];
  const actions: DemandAction[] = [
    'accept',
    'claim',
    'dispatch',
    'decline',
    'review_pass',
    'review_fail',
    'grant_credit',
    'disburse',
    'withdraw',
  ];
  for (const status of DEMAND_STATUSES) {
    for (const action of actions) {
      const hit = allowed.find(([s, a]) => s === status && a === action);
      it(`${status} --${action}--> ${hit ? hit[2] : 'refused'}`, () => {
        expect(nextStatus(DEMAND_TRANSITIONS, status, action)).toBe(hit ? hit[2] : null);
      });
    }
  }
});
