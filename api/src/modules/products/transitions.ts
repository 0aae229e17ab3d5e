/** The one place the product state machine (contracts' PRODUCT_TRANSITIONS) is enforced. */
import {
  PRODUCT_ACTION_LABELS,
  PRODUCT_STATUS_LABELS,
  PRODUCT_TRANSITIONS,
  type ProductAction,
  type ProductStatus,
  type ProductTransition,
  type StaffRole,
} from '@jrpt/contracts';
import { conflict, fieldError, forbidden } from '../../http/errors.js';

/**
 * The transition `action` takes from `status`, when `role` may take it. An action the state machine does
 * not allow from this status is a conflict (409); one it allows but not to this role is forbidden (403);
 * a rejection without a reason is a 400 naming `reason`.
 */
export function resolveTransition(
  status: ProductStatus,
  action: ProductAction,
  role: StaffRole,
  reason?: string,
): ProductTransition {
  const transition = PRODUCT_TRANSITIONS.find((t) => t.from === status && t.action === action);
  if (!transition) {
    throw conflict(
      `产品当前状态为“${PRODUCT_STATUS_LABELS[status]}”，不能执行“${PRODUCT_ACTION_LABELS[action]}”操作`,
      'illegal_transition',
    );
  }
  if (!transition.roles.includes(role))
    throw forbidden(`您无权对产品执行“${PRODUCT_ACTION_LABELS[action]}”操作`);
  if (transition.reasonRequired && !reason) throw fieldError('reason', '请填写退回原因');
  return transition;
}

/** How the count of listed products (首页 金融产品) changes with a transition. */
export function listedDelta(t: Pick<ProductTransition, 'from' | 'to'>): number {
  return (t.to === 'listed' ? 1 : 0) - (t.from === 'listed' ? 1 : 0);
}
