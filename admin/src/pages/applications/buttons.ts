/**
 * Which buttons an application shows: the actions the API offers this caller (`row.actions`), kept where
 * the contracts' table allows them from the status for the caller's role, each with what it asks for
 * (the table's `needs`: 授信/放款 an amount, 不予通过 a reason code and a note).
 */
import {
  APPLICATION_TRANSITIONS,
  findTransition,
  type AdminApplicationRow,
  type ApplicationAction,
  type StaffRole,
  type TransitionNeed,
} from '@jrpt/contracts';
import { can, type ApplicationResource } from '../../access';

export function applicationButtons(
  row: Pick<AdminApplicationRow, 'status' | 'actions'>,
  resource: ApplicationResource,
  role: StaffRole | null | undefined,
): { action: ApplicationAction; needs: TransitionNeed | null }[] {
  return row.actions.flatMap((action) => {
    const transition = findTransition(APPLICATION_TRANSITIONS, row.status, action);
    if (!transition || !can(role, resource, `transition:${action}`)) return [];
    return [{ action, needs: transition.needs ?? null }];
  });
}
