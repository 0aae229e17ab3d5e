/** 消息中心: writes a message to a borrower, in the transaction of the change it reports. */
import type { Knex } from 'knex';
import type { SubjectType } from '@jrpt/contracts';

export interface MessageDraft {
  title: string;
  body: string;
  link?: string | null;
  subjectType?: SubjectType | null;
  subjectId?: number | null;
}

export async function notify(
  trx: Knex | Knex.Transaction,
  accountId: number,
  draft: MessageDraft,
  now: Date,
): Promise<number> {
  const [id] = await trx('messages').insert({
    account_id: accountId,
    title: draft.title.slice(0, 100),
    body: draft.body.slice(0, 1000),
    link: draft.link?.slice(0, 300) ?? null,
    subject_type: draft.subjectType ?? null,
    subject_id: draft.subjectId ?? null,
    read_at: null,
    created_at: now,
  });
  return Number(id);
}
