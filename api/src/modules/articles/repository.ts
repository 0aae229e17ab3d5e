import type { Knex } from 'knex';
import type { AdminArticle, AdminArticleRow, ArticleInput, ArticleKind } from '@jrpt/contracts';
import { toIso } from '../../db/knex.js';
import { orWhereContains, pageWithTotal, whereContains } from '../../db/query-helpers.js';
import type { ListWindow } from '../../http/simple-rest.js';

interface ArticleRow {
  id: number;
  kind: ArticleKind;
  title: string;
  summary: string | null;
  source: string | null;
  cover_url: string | null;
  published_at: unknown;
  version: number;
  updated_at: unknown;
  body?: string;
}

const ROW_COLUMNS = [
  'a.id',
  'a.kind',
  'a.title',
  'a.summary',
  'a.source',
  'a.cover_url',
  'a.published_at',
  'a.version',
  'a.updated_at',
];

export interface ArticleFilter {
  ids?: number[];
  kinds?: ArticleKind[];
  /** Title or summary contains. */
  keyword?: string;
  title?: string;
  tag?: string;
  /** The portal sees only what is published by now; staff also see scheduled articles. */
  publishedBy?: Date;
}

function filtered(db: Knex, f: ArticleFilter) {
  const q = db('articles as a');
  if (f.ids?.length) q.whereIn('a.id', f.ids);
  if (f.kinds?.length) q.whereIn('a.kind', f.kinds);
  if (f.publishedBy) q.where('a.published_at', '<=', f.publishedBy);
  if (f.title) whereContains(q, 'a.title', f.title);
  if (f.keyword) {
    const keyword = f.keyword;
    q.where((b) => {
      orWhereContains(b, 'a.title', keyword);
      orWhereContains(b, 'a.summary', keyword);
    });
  }
  if (f.tag) {
    q.whereExists(
      db('article_tags as t').select(db.raw('1')).whereRaw('t.article_id = a.id').where('t.tag', f.tag),
    );
  }
  return q;
}

export async function listArticles(
  db: Knex,
  f: ArticleFilter,
  window: ListWindow,
): Promise<{ rows: ArticleRow[]; total: number }> {
  return pageWithTotal<ArticleRow>(
    () => filtered(db, f),
    (q) => q.select(ROW_COLUMNS),
    window,
  );
}

export async function findArticleRow(db: Knex, id: number): Promise<ArticleRow | undefined> {
  return db('articles as a')
    .where('a.id', id)
    .first([...ROW_COLUMNS, 'a.body']);
}

async function tagsOf(db: Knex, ids: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (ids.length === 0) return out;
  const rows: { article_id: number; tag: string }[] = await db('article_tags')
    .whereIn('article_id', ids)
    .select('article_id', 'tag')
    .orderBy('tag');
  for (const r of rows) out.set(Number(r.article_id), [...(out.get(Number(r.article_id)) ?? []), r.tag]);
  return out;
}

export async function toArticleRows(db: Knex, rows: ArticleRow[]): Promise<AdminArticleRow[]> {
  const tags = await tagsOf(
    db,
    rows.map((r) => Number(r.id)),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    title: r.title,
    summary: r.summary,
    source: r.source,
    coverUrl: r.cover_url,
    tags: tags.get(Number(r.id)) ?? [],
    publishedAt: toIso(r.published_at),
    updatedAt: toIso(r.updated_at),
    version: Number(r.version),
  }));
}

export async function toAdminArticle(db: Knex, row: ArticleRow): Promise<AdminArticle> {
  const [summary] = await toArticleRows(db, [row]);
  return { ...summary, body: row.body ?? '' };
}

const columnsOf = (input: ArticleInput, body: string, now: Date) => ({
  kind: input.kind,
  title: input.title,
  summary: input.summary ?? null,
  body,
  source: input.source ?? null,
  cover_url: input.coverUrl ?? null,
  published_at: input.publishedAt ? new Date(input.publishedAt) : now,
});

export async function insertArticle(trx: Knex.Transaction, input: ArticleInput, body: string, now: Date) {
  const [id] = await trx('articles').insert({
    ...columnsOf(input, body, now),
    version: 1,
    created_at: now,
    updated_at: now,
  });
  await replaceArticleTags(trx, Number(id), input.tags);
  return Number(id);
}

export async function updateArticleRow(
  trx: Knex.Transaction,
  id: number,
  input: ArticleInput,
  body: string,
  version: number | undefined,
  now: Date,
): Promise<number> {
  const q = trx('articles').where('id', id);
  if (version !== undefined) q.where('version', version);
  const row = columnsOf(input, body, now);
  // Without a new publication time an edit keeps the original one.
  const { published_at, ...rest } = row;
  const changed = await q.update({
    ...rest,
    ...(input.publishedAt ? { published_at } : {}),
    version: trx.raw('version + 1'),
    updated_at: now,
  });
  if (changed > 0) await replaceArticleTags(trx, id, input.tags);
  return changed;
}

async function replaceArticleTags(trx: Knex.Transaction, id: number, tags: string[]) {
  await trx('article_tags').where('article_id', id).delete();
  const unique = [...new Set(tags)];
  if (unique.length) await trx('article_tags').insert(unique.map((tag) => ({ article_id: id, tag })));
}
