import type { Request } from 'express';
import type { Knex } from 'knex';
import type { AdminArticle, ArticleInput, ArticleUpdate } from '@jrpt/contracts';
import type { AppDeps, Principal } from '../../app-deps.js';
import { conflict, fieldError, notFound } from '../../http/errors.js';
import { writeAudit } from '../audit/audit.js';
import { findArticleRow, insertArticle, toAdminArticle, updateArticleRow } from './repository.js';
import { sanitizeRichText } from './sanitize.js';

export async function loadArticle(db: Knex, id: number): Promise<AdminArticle> {
  const row = await findArticleRow(db, id);
  if (!row) throw notFound('资讯');
  return toAdminArticle(db, row);
}

function cleanBody(input: ArticleInput) {
  const body = sanitizeRichText(input.body);
  if (body.replace(/<[^>]*>/g, '').trim() === '' && !/<img\s/i.test(body))
    throw fieldError('body', '请填写正文');
  return body;
}

export async function createArticle(deps: AppDeps, principal: Principal, input: ArticleInput, req: Request) {
  const body = cleanBody(input);
  return deps.db.transaction(async (trx) => {
    const now = deps.now();
    const id = await insertArticle(trx, input, body, now);
    const after = await loadArticle(trx, id);
    await writeAudit(
      trx,
      { principal, action: 'article.create', entityType: 'articles', entityId: id, after, req },
      now,
    );
    return after;
  });
}

export async function updateArticle(
  deps: AppDeps,
  principal: Principal,
  id: number,
  input: ArticleUpdate,
  req: Request,
) {
  const body = cleanBody(input);
  return deps.db.transaction(async (trx) => {
    const before = await loadArticle(trx, id);
    const now = deps.now();
    const changed = await updateArticleRow(trx, id, input, body, input.version, now);
    if (changed === 0) throw conflict('该资讯已被他人修改，请刷新后重试', 'stale_version');
    const after = await loadArticle(trx, id);
    await writeAudit(
      trx,
      { principal, action: 'article.update', entityType: 'articles', entityId: id, before, after, req },
      now,
    );
    return after;
  });
}
