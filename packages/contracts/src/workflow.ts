/**
 * What every workflow of the platform shares (loan, renewal and bridge applications, financing demands):
 * transition tables as data, the one pure function that reads them, the timeline and the subject types.
 */
import { z } from 'zod';
import { oneOf } from './fields.js';

/** Who takes a transition: the borrower who owns the record, the institution it is addressed to, the office. */
export const WORKFLOW_ACTORS = ['borrower', 'institution', 'office'] as const;
export type WorkflowActor = (typeof WORKFLOW_ACTORS)[number];

/** What a transition needs besides the action: an amount (授信/放款金额), a reason code with a note. */
export type TransitionNeed = 'amount' | 'reason';

export interface WorkflowTransition<S extends string, A extends string> {
  action: A;
  from: readonly S[];
  to: S;
  by: readonly WorkflowActor[];
  needs?: TransitionNeed;
}

/** The status `action` leads to from `status`, or null when the table does not allow it. */
export function nextStatus<S extends string, A extends string>(
  table: readonly WorkflowTransition<S, A>[],
  status: S,
  action: A,
): S | null {
  return table.find((t) => t.action === action && t.from.includes(status))?.to ?? null;
}

/** The transition itself (for `by` and `needs`), or undefined when not allowed from `status`. */
export function findTransition<S extends string, A extends string>(
  table: readonly WorkflowTransition<S, A>[],
  status: S,
  action: A,
): WorkflowTransition<S, A> | undefined {
  return table.find((t) => t.action === action && t.from.includes(status));
}

/** The actions `actor` may take from `status` (the buttons to show; the API enforces the same table). */
export function actionsFor<S extends string, A extends string>(
  table: readonly WorkflowTransition<S, A>[],
  status: S,
  actor: WorkflowActor,
): A[] {
  return table.filter((t) => t.from.includes(status) && t.by.includes(actor)).map((t) => t.action);
}

/** The records that have a status timeline and send messages (table name in the singular). */
export const SUBJECT_TYPES = [
  'loan_application',
  'renewal_application',
  'bridge_application',
  'financing_demand',
] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export const SUBJECT_TYPE_LABELS: Record<SubjectType, string> = {
  loan_application: '贷款申请',
  renewal_application: '续贷申请',
  bridge_application: '转贷申请',
  financing_demand: '融资需求',
};

/** Where a borrower sees a record in the portal (message links use it). */
export function subjectLink(subjectType: SubjectType, subjectId: number): string {
  switch (subjectType) {
    case 'loan_application':
      return `/personal/applications/loan/${subjectId}`;
    case 'renewal_application':
      return `/personal/applications/renewal/${subjectId}`;
    case 'bridge_application':
      return `/personal/applications/bridge/${subjectId}`;
    case 'financing_demand':
      return `/personal/demands/${subjectId}`;
  }
}

/** Timeline entries that are not transitions of the table: creation and what the system does. */
export const SYSTEM_EVENT_LABELS: Record<string, string> = {
  submit: '提交',
  overdue: '超时未响应（已提醒金融办跟进）',
  return_to_pool: '超时未响应，退回需求池',
};

/** One entry of a record's status timeline (status_events), as the borrower and staff see it. */
export const statusEvent = z.object({
  id: z.number().int(),
  action: z.string(),
  actionLabel: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  toStatusLabel: z.string(),
  reasonCode: z.string().nullable(),
  reasonLabel: z.string().nullable(),
  note: z.string().nullable(),
  amountYuan: z.number().int().nullable(),
  /** borrower | institution | office | system */
  actor: z.enum([...WORKFLOW_ACTORS, 'system']),
  institutionName: z.string().nullable(),
  createdAt: z.string(),
});
export type StatusEvent = z.infer<typeof statusEvent>;

/** The optimistic-locking version staff send back with a transition (stale → 409). */
export const versionField = () =>
  z
    .number({ error: '版本号必须是数字' })
    .int({ error: '版本号必须是整数' })
    .min(1, { error: '版本号不正确' });

export const withdrawRequest = z.object({ version: versionField().optional() });
export type WithdrawRequest = z.infer<typeof withdrawRequest>;

/** 性别 (先生/女士) on contact forms. */
export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: '先生', female: '女士' };
export const gender = () => oneOf('性别', GENDERS, GENDER_LABELS);

/** A yes/no answer that may be left empty (有/无 radios). */
export const optionalYesNo = (label: string) =>
  z.preprocess(
    (v) => (v === null || v === '' ? undefined : v),
    z.boolean({ error: `${label}请选择有或无` }).optional(),
  );

/** A calendar date `YYYY-MM-DD` that exists. */
export function dateOnly(label: string) {
  return z
    .string({ error: (iss) => (iss.input === undefined ? `请填写${label}` : `${label}格式不正确`) })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}格式应为YYYY-MM-DD` })
    .refine(
      (v) => {
        const d = new Date(`${v}T00:00:00Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
      },
      { error: `${label}不是有效日期` },
    )
    .meta({ title: label, format: 'date' });
}

/** An amount in 万元 that may be zero or left empty (年收入, 目前贷款总额). */
export function optionalWanOrZero(label: string, max = 1_000_000) {
  return z.preprocess(
    (v) => (v === null || v === '' ? undefined : v),
    z.coerce
      .number({ error: `${label}必须是数字` })
      .refine((v) => Number.isFinite(v), { error: `${label}必须是数字` })
      .min(0, { error: `${label}不能为负数` })
      .max(max, { error: `${label}不能超过${max}万元` })
      .refine((v) => Math.abs(Math.round(v * 10000) - v * 10000) < 1e-6, {
        error: `${label}最多精确到元（4位小数）`,
      })
      .optional()
      .meta({ title: `${label}（万元）` }),
  );
}
