/** 消息中心 (portal): a borrower's messages, paged with the unread count; mark one or all read. */
import { idParam, message, messageListQuery, messagePage, readAllResult } from '@jrpt/contracts';
import { notFound } from '../../http/errors.js';
import { BORROWER, defineRoute } from '../../http/route.js';
import { findOwnMessage, listMessages, markAllRead, markRead, toMessage } from './repository.js';

export const messageRoutes = [
  defineRoute({
    method: 'get',
    path: '/messages',
    summary: '消息中心：我的消息（分页，含未读数）',
    tags: ['消息中心'],
    access: BORROWER,
    query: messageListQuery,
    response: messagePage,
    handler: async ({ deps, query, principal }) => {
      const result = await listMessages(deps.db, principal.accountId, query);
      return { ...result, page: query.page, pageSize: query.pageSize };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/messages/read-all',
    summary: '消息中心：全部标为已读',
    tags: ['消息中心'],
    access: BORROWER,
    response: readAllResult,
    handler: async ({ deps, principal }) => ({
      ok: true as const,
      updated: await markAllRead(deps.db, principal.accountId, deps.now()),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/messages/:id/read',
    summary: '消息中心：标为已读（他人的消息 404）',
    tags: ['消息中心'],
    access: BORROWER,
    params: idParam,
    response: message,
    handler: async ({ deps, params, principal }) => {
      await markRead(deps.db, principal.accountId, params.id, deps.now());
      const row = await findOwnMessage(deps.db, principal.accountId, params.id);
      if (!row) throw notFound('消息');
      return toMessage(row);
    },
  }),
];
