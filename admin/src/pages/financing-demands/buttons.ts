/**
 * Which buttons a demand shows and what each asks for: the actions the API offers this caller
 * (`row.actions`: 抢单 only while pooled, 受理/退回 only for the institution named or dispatched to, …),
 * kept where the contracts' table allows them from the status for the caller's role.
 */
import {
  DEMAND_TRANSITIONS,
  findTransition,
  type AdminDemandRow,
  type DemandStaffAction,
  type StaffRole,
} from '@jrpt/contracts';
import { can } from '../../access';

/** What a button asks for: the table's `needs`, plus the product of 关联产品 and the institution of 派单. */
export type Ask = 'amount' | 'reason' | 'product' | 'institution' | null;

export type ButtonRow = Pick<AdminDemandRow, 'status' | 'actions' | 'productId'>;

export function askOf(row: Pick<ButtonRow, 'status' | 'productId'>, action: DemandStaffAction): Ask {
  if (action === 'attach_product') return 'product';
  if (action === 'dispatch') return 'institution';
  // 初审通过 may name the 归属产品 at the same time when none is attached yet.
  if (action === 'review_pass' && row.productId === null) return 'product';
  return findTransition(DEMAND_TRANSITIONS, row.status, action)?.needs ?? null;
}

/** Whether the table allows the action from the demand's status (关联产品 changes no status: while 已受理). */
function allowedFrom(row: Pick<ButtonRow, 'status'>, action: DemandStaffAction): boolean {
  if (action === 'attach_product') return row.status === 'accepted';
  return findTransition(DEMAND_TRANSITIONS, row.status, action) !== undefined;
}

export function demandButtons(
  row: ButtonRow,
  role: StaffRole | null | undefined,
): { action: DemandStaffAction; ask: Ask }[] {
  return row.actions
    .filter((action) => allowedFrom(row, action) && can(role, 'financing-demands', `transition:${action}`))
    .map((action) => ({ action, ask: askOf(row, action) }));
}
