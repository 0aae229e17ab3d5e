import { describe, expect, it } from 'vitest';
import { DEMAND_STAFF_ACTIONS } from '@jrpt/contracts';
import { demandButtons, type ButtonRow } from './buttons';

const row = (over: Partial<ButtonRow>): ButtonRow => ({
  status: 'pending',
  actions: [...DEMAND_STAFF_ACTIONS],
  productId: null,
  ...over,
});

describe('demandButtons', () => {
  it('offers a pending demand to an institution as 抢单, 受理 and 退回 (with a reason), never 派单', () => {
    expect(demandButtons(row({}), 'institution')).toEqual([
      { action: 'claim', ask: null },
      { action: 'accept', ask: null },
      { action: 'decline', ask: 'reason' },
    ]);
  });

  it('lets the office only dispatch a pending demand, to an institution it picks', () => {
    expect(demandButtons(row({}), 'office')).toEqual([{ action: 'dispatch', ask: 'institution' }]);
  });

  it('asks for the 归属产品 at 初审通过 only while none is attached', () => {
    expect(demandButtons(row({ status: 'accepted' }), 'institution')).toEqual([
      { action: 'attach_product', ask: 'product' },
      { action: 'review_pass', ask: 'product' },
      { action: 'review_fail', ask: 'reason' },
    ]);
    expect(demandButtons(row({ status: 'accepted', productId: 1 }), 'institution')).toContainEqual({
      action: 'review_pass',
      ask: null,
    });
  });

  it('asks for an amount at 授信 and 放款', () => {
    expect(demandButtons(row({ status: 'review_passed' }), 'institution')).toEqual([
      { action: 'grant_credit', ask: 'amount' },
    ]);
    expect(demandButtons(row({ status: 'credit_granted' }), 'institution')).toEqual([
      { action: 'disburse', ask: 'amount' },
    ]);
  });

  it('shows only what the API offers, and nothing to the government or once closed', () => {
    expect(demandButtons(row({ actions: ['claim'] }), 'institution')).toEqual([
      { action: 'claim', ask: null },
    ]);
    expect(demandButtons(row({}), 'government')).toEqual([]);
    expect(demandButtons(row({ status: 'disbursed' }), 'institution')).toEqual([]);
    expect(demandButtons(row({ status: 'withdrawn' }), 'office')).toEqual([]);
  });
});
