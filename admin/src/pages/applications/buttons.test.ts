import { describe, expect, it } from 'vitest';
import { APPLICATION_ACTIONS, type ApplicationStatus } from '@jrpt/contracts';
import { applicationButtons } from './buttons';

const every = (status: ApplicationStatus) => ({ status, actions: [...APPLICATION_ACTIONS] });

describe('applicationButtons', () => {
  it('walks an institution through 受理 → 授信 → 放款, 不予通过 until credit is granted', () => {
    expect(applicationButtons(every('submitted'), 'loan-applications', 'institution')).toEqual([
      { action: 'accept', needs: null },
      { action: 'reject', needs: 'reason' },
    ]);
    expect(applicationButtons(every('accepted'), 'renewal-applications', 'institution')).toEqual([
      { action: 'grant_credit', needs: 'amount' },
      { action: 'reject', needs: 'reason' },
    ]);
    expect(applicationButtons(every('credit_granted'), 'bridge-applications', 'institution')).toEqual([
      { action: 'disburse', needs: 'amount' },
    ]);
  });

  it('shows nothing once closed, nothing to the office or the government, never the borrower’s 撤销', () => {
    for (const status of ['disbursed', 'rejected', 'withdrawn'] as const)
      expect(applicationButtons(every(status), 'loan-applications', 'institution')).toEqual([]);
    expect(applicationButtons(every('submitted'), 'loan-applications', 'office')).toEqual([]);
    expect(applicationButtons(every('submitted'), 'loan-applications', 'government')).toEqual([]);
  });

  it('shows only what the API offers this caller', () => {
    expect(
      applicationButtons({ status: 'submitted', actions: ['accept'] }, 'loan-applications', 'institution'),
    ).toEqual([{ action: 'accept', needs: null }]);
  });
});
