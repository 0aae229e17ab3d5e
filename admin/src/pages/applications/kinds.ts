/** The three inboxes that share one state machine: 贷款申请, 续贷申请, 转贷申请. */
import {
  APPLICATION_KIND_LABELS,
  AWAITING_INSTITUTION_STATUSES,
  type ApplicationKind,
  type ApplicationStatus,
} from '@jrpt/contracts';
import type { ApplicationResource } from '../../access';

export interface KindConfig {
  kind: ApplicationKind;
  resource: ApplicationResource;
  label: string;
}

export const KINDS: Record<ApplicationKind, KindConfig> = {
  loan: {
    kind: 'loan',
    resource: 'loan-applications',
    label: APPLICATION_KIND_LABELS.loan,
  },
  renewal: {
    kind: 'renewal',
    resource: 'renewal-applications',
    label: APPLICATION_KIND_LABELS.renewal,
  },
  bridge: {
    kind: 'bridge',
    resource: 'bridge-applications',
    label: APPLICATION_KIND_LABELS.bridge,
  },
};

/** Whether the response clock runs for an application in this status (and whether it ended unanswered). */
export const applicationClock = (status: ApplicationStatus) => ({
  awaiting: AWAITING_INSTITUTION_STATUSES.includes(status),
  closed: status === 'withdrawn',
});
