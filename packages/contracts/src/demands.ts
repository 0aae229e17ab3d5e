/**
 * 融资需求 (§2.7) and 首贷需求 (§2.10, channel first_loan): statuses, the state machine as data, labels.
 * 期望机构 不限 puts a demand in the pool that any institution may claim (抢单) and the office may dispatch.
 */
import { LOAN_METHODS, LOAN_METHOD_LABELS } from './enums.js';
import type { WorkflowTransition } from './workflow.js';

export const DEMAND_STATUSES = [
  'pending',
  'accepted',
  'review_passed',
  'review_failed',
  'credit_granted',
  'disbursed',
  'withdrawn',
] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];
export const DEMAND_STATUS_LABELS: Record<DemandStatus, string> = {
  pending: '待处理',
  accepted: '已受理',
  review_passed: '初审通过',
  review_failed: '初审未通过',
  credit_granted: '已授信',
  disbursed: '已放款',
  withdrawn: '已撤销',
};

export const DEMAND_ACTIONS = [
  'accept',
  'claim',
  'dispatch',
  'decline',
  'review_pass',
  'review_fail',
  'grant_credit',
  'disburse',
  'withdraw',
] as const;
export type DemandAction = (typeof DEMAND_ACTIONS)[number];
export const DEMAND_ACTION_LABELS: Record<DemandAction, string> = {
  accept: '受理',
  claim: '抢单',
  dispatch: '派单',
  decline: '退回',
  review_pass: '初审通过',
  review_fail: '初审未通过',
  grant_credit: '授信',
  disburse: '放款',
  withdraw: '撤销',
};

export type DemandTransition = WorkflowTransition<DemandStatus, DemandAction>;

/**
 * 待处理 → 已受理 (one institution, 归属产品) → 初审通过 / 初审未通过 → 已授信 → 已放款; 已撤销 only while
 * 待处理. A named or dispatched institution accepts; any institution claims a pooled one (first wins); the
 * office dispatches a pooled one to an institution, which may decline it back to the pool (a reason).
 */
export const DEMAND_TRANSITIONS: readonly DemandTransition[] = [
  { action: 'accept', from: ['pending'], to: 'accepted', by: ['institution'] },
  { action: 'claim', from: ['pending'], to: 'accepted', by: ['institution'] },
  { action: 'dispatch', from: ['pending'], to: 'pending', by: ['office'] },
  { action: 'decline', from: ['pending'], to: 'pending', by: ['institution'], needs: 'reason' },
  { action: 'review_pass', from: ['accepted'], to: 'review_passed', by: ['institution'] },
  { action: 'review_fail', from: ['accepted'], to: 'review_failed', by: ['institution'], needs: 'reason' },
  {
    action: 'grant_credit',
    from: ['review_passed'],
    to: 'credit_granted',
    by: ['institution'],
    needs: 'amount',
  },
  { action: 'disburse', from: ['credit_granted'], to: 'disbursed', by: ['institution'], needs: 'amount' },
  { action: 'withdraw', from: ['pending'], to: 'withdrawn', by: ['borrower'] },
];

/** 融资方式 of a demand: 不限 or one of the loan methods. */
export const DEMAND_METHODS = ['unlimited', ...LOAN_METHODS] as const;
export type DemandMethod = (typeof DEMAND_METHODS)[number];
export const DEMAND_METHOD_LABELS: Record<DemandMethod, string> = {
  unlimited: '不限',
  ...LOAN_METHOD_LABELS,
};

export const DEMAND_CHANNELS = ['market', 'first_loan'] as const;
export type DemandChannel = (typeof DEMAND_CHANNELS)[number];
export const DEMAND_CHANNEL_LABELS: Record<DemandChannel, string> = {
  market: '融资需求',
  first_loan: '首贷需求',
};
