import type { ApplicationStatus, DemandStatus } from '@jrpt/contracts';

/** antd Tag colours of the statuses: waiting gold, in progress blue, granted cyan, done green, refused red. */
export const APPLICATION_STATUS_COLORS: Record<ApplicationStatus, string> = {
  submitted: 'gold',
  accepted: 'blue',
  credit_granted: 'cyan',
  disbursed: 'green',
  rejected: 'red',
  withdrawn: 'default',
};

export const DEMAND_STATUS_COLORS: Record<DemandStatus, string> = {
  pending: 'gold',
  accepted: 'blue',
  review_passed: 'cyan',
  review_failed: 'red',
  credit_granted: 'cyan',
  disbursed: 'green',
  withdrawn: 'default',
};

/** The dot colour of a timeline entry, from the status it led to (either workflow). */
export function timelineColor(toStatus: string): string {
  if (toStatus === 'rejected' || toStatus === 'review_failed') return 'red';
  if (toStatus === 'disbursed') return 'green';
  if (toStatus === 'withdrawn') return 'gray';
  return 'blue';
}
