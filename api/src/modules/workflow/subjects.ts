/** Each workflow subject's state machine and labels, so the shared code reads one table per subject. */
import {
  APPLICATION_ACTION_LABELS,
  APPLICATION_STATUS_LABELS,
  APPLICATION_TRANSITIONS,
  DEMAND_ACTION_LABELS,
  DEMAND_STATUS_LABELS,
  DEMAND_TRANSITIONS,
  REJECT_REASON_LABELS,
  SUBJECT_TYPE_LABELS,
  type SubjectType,
  type WorkflowTransition,
} from '@jrpt/contracts';

export interface SubjectDefinition {
  type: SubjectType;
  table: string;
  label: string;
  transitions: readonly WorkflowTransition<string, string>[];
  statusLabels: Record<string, string>;
  actionLabels: Record<string, string>;
  reasonLabels: Record<string, string>;
}

const application = (type: SubjectType, table: string): SubjectDefinition => ({
  type,
  table,
  label: SUBJECT_TYPE_LABELS[type],
  transitions: APPLICATION_TRANSITIONS,
  statusLabels: APPLICATION_STATUS_LABELS,
  actionLabels: APPLICATION_ACTION_LABELS,
  reasonLabels: REJECT_REASON_LABELS,
});

export const SUBJECTS: Record<SubjectType, SubjectDefinition> = {
  loan_application: application('loan_application', 'loan_applications'),
  renewal_application: application('renewal_application', 'renewal_applications'),
  bridge_application: application('bridge_application', 'bridge_applications'),
  financing_demand: {
    type: 'financing_demand',
    table: 'financing_demands',
    label: SUBJECT_TYPE_LABELS.financing_demand,
    transitions: DEMAND_TRANSITIONS,
    statusLabels: DEMAND_STATUS_LABELS,
    actionLabels: DEMAND_ACTION_LABELS,
    reasonLabels: REJECT_REASON_LABELS,
  },
};
