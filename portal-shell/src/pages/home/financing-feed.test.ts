import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, DEMAND_STATUSES } from '@jrpt/contracts';
import { feedTone } from './financing-feed';

describe('feedTone', () => {
  it('reads credit and disbursement as done, refusal and withdrawal as stopped, the rest as under way', () => {
    const tones = Object.fromEntries(
      [...new Set([...APPLICATION_STATUSES, ...DEMAND_STATUSES])].map((s) => [s, feedTone(s)]),
    );
    expect(tones).toEqual({
      submitted: 'open',
      accepted: 'open',
      credit_granted: 'done',
      disbursed: 'done',
      rejected: 'stopped',
      withdrawn: 'stopped',
      pending: 'open',
      review_passed: 'open',
      review_failed: 'stopped',
    });
  });
});
