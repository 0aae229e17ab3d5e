/** 消息中心 reads: one borrower's messages, newest first, and the unread count (both from indexes). */
import type { Knex } from 'knex';
import type { Message, SubjectType } from '@jrpt/contracts';
import { toIso, toIsoOrNull } from '../../db/knex.js';
import { pageWithTotal } from '../../db/query-helpers.js';

interface MessageRow {
  id: number | string;
  title: string;
  body: string;
  link: string | null;
  subject_type: SubjectType | null;
  subject_id: number | null;
  read_at: unknown;
  created_at: unknown;
}

const COLUMNS = ['id', 'title', 'body', 'link', 'subject_type', 'subject_id', 'read_at', 'created_at'];

export const toMessage = (r: MessageRow): Message => ({
  id: Number(r.id),
  title: r.title,
  body: r.body,
  link: r.link,
  subjectType: r.subject_type,
  subjectId: r.subject_id === null ? null : Number(r.subject_id),
  read: r.read_at !== null && r.read_at !== undefined,
  readAt: toIsoOrNull(r.read_at),
  createdAt: toIso(r.created_at),
});

export async function listMessages(
  db: Knex,
  accountId: number,
  opts: { page: number; pageSize: number; unread?: boolean },
) {
  const filtered = () => {
    const q = db('messages').where('account_id', accountId);
    if (opts.unread === true) q.whereNull('read_at');
    if (opts.unread === false) q.whereNotNull('read_at');
    return q;
  };
  const [{ rows, total }, unread] = await Promise.all([
    pageWithTotal<MessageRow>(filtered, (q) => q.select(COLUMNS), {
      offset: (opts.page - 1) * opts.pageSize,
      limit: opts.pageSize,
      orderBy: [
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ],
    }),
    unreadCount(db, accountId),
  ]);
  return { items: rows.map(toMessage), total, unreadCount: unread };
}

export async function unreadCount(db: Knex, accountId: number): Promise<number> {
  const row = await db('messages')
    .where('account_id', accountId)
    .whereNull('read_at')
    .count<{ n: number | string }[]>({ n: '*' })
    .first();
  return Number(row?.n ?? 0);
}

export async function findOwnMessage(db: Knex, accountId: number, id: number) {
  return (await db('messages').where({ id, account_id: accountId }).first(COLUMNS)) as MessageRow | undefined;
}

export async function markRead(db: Knex, accountId: number, id: number, now: Date) {
  return db('messages').where({ id, account_id: accountId }).whereNull('read_at').update({ read_at: now });
}

export async function markAllRead(db: Knex, accountId: number, now: Date) {
  return db('messages').where('account_id', accountId).whereNull('read_at').update({ read_at: now });
}
