import { describe, expect, it } from 'vitest';
import type { StatusEvent } from '@jrpt/contracts';
import { timelineEntry } from './timeline-entry';

const event = (over: Partial<StatusEvent>): StatusEvent => ({
  id: 1,
  action: 'submit',
  actionLabel: '提交',
  fromStatus: null,
  toStatus: 'submitted',
  toStatusLabel: '未受理',
  reasonCode: null,
  reasonLabel: null,
  note: null,
  amountYuan: null,
  actor: 'borrower',
  institutionName: null,
  createdAt: '2026-03-01T01:30:00.000Z',
  ...over,
});

describe('timelineEntry', () => {
  it('shows the creation in Shanghai time, by the borrower, without an arrow', () => {
    expect(timelineEntry(event({}))).toEqual({
      time: '2026-03-01 09:30',
      title: '提交',
      actor: '本人',
      details: [],
    });
  });

  it('names the institution and the credit granted in 万', () => {
    const entry = timelineEntry(
      event({
        action: 'grant_credit',
        actionLabel: '授信',
        fromStatus: 'accepted',
        toStatus: 'credit_granted',
        toStatusLabel: '已授信',
        amountYuan: 2_500_000,
        actor: 'institution',
        institutionName: '甘肃银行',
      }),
    );
    expect(entry.title).toBe('授信 → 已授信');
    expect(entry.actor).toBe('甘肃银行');
    expect(entry.details).toEqual(['授信金额：250万']);
  });

  it('gives a rejection its reason and note, and the disbursement its amount label', () => {
    expect(
      timelineEntry(
        event({
          action: 'reject',
          actionLabel: '不予通过',
          fromStatus: 'submitted',
          toStatus: 'rejected',
          reasonCode: 'credit_record',
          reasonLabel: '征信或涉诉情况不符合要求',
          note: '近两年有逾期',
          actor: 'institution',
        }),
      ).details,
    ).toEqual(['原因：征信或涉诉情况不符合要求', '说明：近两年有逾期']);
    expect(timelineEntry(event({ action: 'disburse', amountYuan: 12_345 })).details).toEqual([
      '放款金额：1.2345万',
    ]);
  });

  it('keeps a status-preserving step (派单) without an arrow, by 金融办 or the system', () => {
    const dispatched = timelineEntry(
      event({
        action: 'dispatch',
        actionLabel: '派单',
        fromStatus: 'pending',
        toStatus: 'pending',
        actor: 'office',
      }),
    );
    expect(dispatched.title).toBe('派单');
    expect(dispatched.actor).toBe('金融办');
    expect(timelineEntry(event({ actor: 'system' })).actor).toBe('系统');
  });

  it('does not repeat an action that names its status (初审通过)', () => {
    const passed = event({
      action: 'review_pass',
      actionLabel: '初审通过',
      fromStatus: 'accepted',
      toStatus: 'review_passed',
      toStatusLabel: '初审通过',
    });
    expect(timelineEntry(passed).title).toBe('初审通过');
  });
});
