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
  // Nobody logged in: nothing.
  [null, 'products', 'list', false],
  [null, 'dashboard', 'list', false],
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
