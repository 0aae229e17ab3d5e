import { describe, expect, it } from 'vitest';
import type { StaffRole } from '@jrpt/contracts';
import { can, type Action, type Resource } from './access';

type Row = [StaffRole | null, Resource | undefined, Action, boolean];

const table: Row[] = [
  // 金融办: everything.
  ['office', 'institutions', 'list', true],
  ['office', 'institutions', 'create', true],
  ['office', 'institutions', 'edit', true],
  ['office', 'products', 'create', true],
  ['office', 'products', 'transition:approve', true],
  ['office', 'products', 'transition:reject', true],
  ['office', 'products', 'transition:list', true],
  ['office', 'articles', 'create', true],
  ['office', 'audit-logs', 'list', true],
  ['office', undefined, 'list', true],
  ['office', 'loan-applications', 'list', true],
  ['office', 'loan-applications', 'show', true],
  ['office', 'renewal-applications', 'list', true],
  ['office', 'bridge-applications', 'show', true],
  ['office', 'financing-demands', 'list', true],
  ['office', 'financing-demands', 'transition:dispatch', true],
  // The office watches applications and demands; only the institution handling one moves it.
  ['office', 'loan-applications', 'transition:accept', false],
  ['office', 'loan-applications', 'transition:grant_credit', false],
  ['office', 'renewal-applications', 'transition:reject', false],
  ['office', 'financing-demands', 'transition:claim', false],
  ['office', 'financing-demands', 'transition:attach_product', false],
  ['office', 'financing-demands', 'transition:grant_credit', false],
  // 金融机构: its own products, and a look at its own institution.
  ['institution', 'products', 'list', true],
  ['institution', 'products', 'show', true],
  ['institution', 'products', 'create', true],
  ['institution', 'products', 'edit', true],
  ['institution', 'products', 'transition:submit', true],
  ['institution', 'products', 'transition:delist', true],
  ['institution', 'products', 'transition:approve', false],
  ['institution', 'products', 'transition:reject', false],
  ['institution', 'products', 'transition:list', false],
  ['institution', 'institutions', 'show', true],
  ['institution', 'institutions', 'list', false],
  ['institution', 'institutions', 'create', false],
  ['institution', 'institutions', 'edit', false],
  ['institution', 'articles', 'list', false],
  ['institution', 'audit-logs', 'list', false],
  ['institution', 'dashboard', 'list', true],
  ['institution', undefined, 'list', true],
  // Its own inbox: applications, renewals, bridge applications and demands addressed to it (and the pool).
  ['institution', 'loan-applications', 'list', true],
  ['institution', 'loan-applications', 'show', true],
  ['institution', 'loan-applications', 'create', false],
  ['institution', 'loan-applications', 'edit', false],
  ['institution', 'loan-applications', 'transition:accept', true],
  ['institution', 'loan-applications', 'transition:grant_credit', true],
  ['institution', 'loan-applications', 'transition:disburse', true],
  ['institution', 'loan-applications', 'transition:reject', true],
  ['institution', 'loan-applications', 'transition:withdraw', false],
  ['institution', 'renewal-applications', 'list', true],
  ['institution', 'renewal-applications', 'transition:accept', true],
  ['institution', 'bridge-applications', 'show', true],
  ['institution', 'bridge-applications', 'transition:disburse', true],
  ['institution', 'financing-demands', 'list', true],
  ['institution', 'financing-demands', 'show', true],
  ['institution', 'financing-demands', 'create', false],
  ['institution', 'financing-demands', 'transition:claim', true],
  ['institution', 'financing-demands', 'transition:accept', true],
  ['institution', 'financing-demands', 'transition:decline', true],
  ['institution', 'financing-demands', 'transition:attach_product', true],
  ['institution', 'financing-demands', 'transition:review_pass', true],
  ['institution', 'financing-demands', 'transition:review_fail', true],
  ['institution', 'financing-demands', 'transition:grant_credit', true],
  ['institution', 'financing-demands', 'transition:disburse', true],
  ['institution', 'financing-demands', 'transition:dispatch', false],
  ['institution', 'financing-demands', 'transition:withdraw', false],
  ['institution', 'products', 'transition:accept', false],
  // 政府机构: reads, never writes.
  ['government', 'institutions', 'list', true],
  ['government', 'institutions', 'show', true],
  ['government', 'institutions', 'create', false],
  ['government', 'institutions', 'edit', false],
  ['government', 'products', 'list', true],
  ['government', 'products', 'show', true],
  ['government', 'products', 'create', false],
  ['government', 'products', 'edit', false],
  ['government', 'products', 'transition:submit', false],
  ['government', 'products', 'transition:approve', false],
  ['government', 'products', 'transition:delist', false],
  ['government', 'articles', 'list', true],
  ['government', 'articles', 'create', false],
  ['government', 'articles', 'edit', false],
  ['government', 'audit-logs', 'list', false],
  ['government', 'dashboard', 'list', true],
  ['government', 'loan-applications', 'list', true],
  ['government', 'loan-applications', 'show', true],
  ['government', 'loan-applications', 'edit', false],
  ['government', 'loan-applications', 'transition:accept', false],
  ['government', 'loan-applications', 'transition:reject', false],
  ['government', 'renewal-applications', 'list', true],
  ['government', 'bridge-applications', 'list', true],
  ['government', 'financing-demands', 'list', true],
  ['government', 'financing-demands', 'show', true],
  ['government', 'financing-demands', 'transition:claim', false],
  ['government', 'financing-demands', 'transition:dispatch', false],
  ['government', 'financing-demands', 'transition:attach_product', false],
  // Nobody logged in: nothing.
  [null, 'products', 'list', false],
  [null, 'dashboard', 'list', false],
  [null, 'loan-applications', 'transition:accept', false],
];

describe('can(role, resource, action)', () => {
  it.each(table)('%s · %s · %s → %s', (role, resource, action, expected) => {
    expect(can(role, resource, action)).toBe(expected);
  });

  it('refuses resources it does not know, except for the office', () => {
    expect(can('government', 'accounts', 'list')).toBe(false);
    expect(can('institution', 'accounts', 'list')).toBe(false);
  });
});
