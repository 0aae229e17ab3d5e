/** The staff inbox counts no further than its cap, and reads the same page whatever the cap. */
import { describe, expect, it } from 'vitest';
import { registerBorrower, testApp } from '../../test/harness.js';
import { institutionId, loanRowIn, productId } from '../../test/loan-fixtures.js';
import { LOAN } from './kinds.js';
import { listInbox } from './repository.js';

const t = testApp();
const window = {
  offset: 0,
  limit: 2,
  orderBy: [
    { column: 'a.created_at', order: 'desc' as const },
    { column: 'a.id', order: 'desc' as const },
  ],
};

describe('listInbox', () => {
  it('counts no further than the cap and says so', async () => {
    const b = await registerBorrower({}, t);
    const ref = {
      accountId: b.accountId,
      productId: await productId('安e贷', t),
      institutionId: await institutionId('甘肃银行', t),
    };
    const ids = [
      await loanRowIn('submitted', ref, t),
      await loanRowIn('submitted', ref, t),
      await loanRowIn('submitted', ref, t),
    ];
    const filter = { onlyInstitutionId: null, ids };
    const full = await listInbox(t.db, LOAN, filter, window);
    expect(full).toMatchObject({ total: 3, capped: false });
    expect(full.rows.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    const capped = await listInbox(t.db, LOAN, filter, window, 2);
    expect(capped).toMatchObject({ total: 2, capped: true });
    expect(capped.rows.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    expect(await listInbox(t.db, LOAN, filter, window, 3)).toMatchObject({ total: 3, capped: false });
  });
});
