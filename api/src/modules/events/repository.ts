import type { Knex } from 'knex';
import type { EventDetail, EventStatus, EventSummary } from '@jrpt/contracts';
import { toIso } from '../../db/knex.js';
import { orWhereContains, pageWithTotal } from '../../db/query-helpers.js';

interface EventRow {
  id: number;
  title: string;
  organizer: string;
  address: string;
  starts_at: unknown;
  ends_at: unknown;
  signup_deadline: unknown;
  capacity: number | null;
  cover_url: string | null;
  body?: string;
}

const COLUMNS = [
  'e.id',
  'e.title',
  'e.organizer',
  'e.address',
  'e.starts_at',
  'e.ends_at',
  'e.signup_deadline',
  'e.capacity',
  'e.cover_url',
];

function filtered(db: Knex, f: { status?: EventStatus; keyword?: string; now: Date }) {
  const q = db('events as e');
  if (f.status === 'ongoing') q.where('e.ends_at', '>=', f.now);
  if (f.status === 'ended') q.where('e.ends_at', '<', f.now);
  if (f.keyword) {
    const keyword = f.keyword;
    q.where((b) => {
      orWhereContains(b, 'e.title', keyword);
      orWhereContains(b, 'e.organizer', keyword);
    });
  }
  return q;
}

function toSummary(r: EventRow, now: Date): EventSummary {
  const endsAt = toIso(r.ends_at);
  const signupDeadline = toIso(r.signup_deadline);
  return {
    id: Number(r.id),
    title: r.title,
    organizer: r.organizer,
    address: r.address,
    startsAt: toIso(r.starts_at),
    endsAt,
    signupDeadline,
    capacity: r.capacity === null ? null : Number(r.capacity),
    coverUrl: r.cover_url,
    status: new Date(endsAt) < now ? 'ended' : 'ongoing',
    signupOpen: new Date(signupDeadline) >= now,
  };
}

/** Ongoing events soonest first; ended ones (and the mixed list) most recent first. */
export async function listEvents(
  db: Knex,
  f: { status?: EventStatus; keyword?: string; now: Date },
  page: number,
  pageSize: number,
) {
  const order = f.status === 'ongoing' ? 'asc' : 'desc';
  const { rows, total } = await pageWithTotal<EventRow>(
    () => filtered(db, f),
    (q) => q.select(COLUMNS),
    {
      offset: (page - 1) * pageSize,
      limit: pageSize,
      orderBy: [
        { column: 'e.starts_at', order },
        { column: 'e.id', order },
      ],
    },
  );
  return { items: rows.map((r) => toSummary(r, f.now)), total };
}

export async function findEvent(db: Knex, id: number, now: Date): Promise<EventDetail | undefined> {
  const row: EventRow | undefined = await db('events as e')
    .where('e.id', id)
    .first([...COLUMNS, 'e.body']);
  return row && { ...toSummary(row, now), body: row.body ?? '' };
}
