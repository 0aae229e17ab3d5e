import type { StatusEvent } from '@jrpt/contracts';
import { dateTime, money } from '@jrpt/portal-kit';

export interface TimelineEntry {
  /** When, in Asia/Shanghai. */
  time: string;
  /** What happened: 「授信 → 已授信」, or just 「提交」 / 「初审通过」 when the status stays or says the same. */
  title: string;
  /** Who did it: 本人, the institution, 金融办, 系统. */
  actor: string;
  /** 授信金额：300万, 原因：…, 说明：… — only what the entry has. */
  details: string[];
}

const AMOUNT_LABELS: Record<string, string> = { grant_credit: '授信金额', disburse: '放款金额' };

function actorOf(e: StatusEvent): string {
  switch (e.actor) {
    case 'borrower':
      return '本人';
    case 'institution':
      return e.institutionName ?? '金融机构';
    case 'office':
      return '金融办';
    case 'system':
      return '系统';
  }
}

/** One entry of a status timeline (申请记录 and 需求记录 details) as the borrower reads it. */
export function timelineEntry(e: StatusEvent): TimelineEntry {
  const details: string[] = [];
  if (e.amountYuan !== null) details.push(`${AMOUNT_LABELS[e.action] ?? '金额'}：${money(e.amountYuan)}`);
  if (e.reasonLabel) details.push(`原因：${e.reasonLabel}`);
  if (e.note) details.push(`说明：${e.note}`);
  const moved = e.fromStatus !== null && e.fromStatus !== e.toStatus && e.actionLabel !== e.toStatusLabel;
  return {
    time: dateTime(e.createdAt),
    title: moved ? `${e.actionLabel} → ${e.toStatusLabel}` : e.actionLabel,
    actor: actorOf(e),
    details,
  };
}
