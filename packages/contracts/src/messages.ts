/** 消息中心: a message to a borrower on every status change of their records (and reminders). */
import { z } from 'zod';
import { pageQuery } from './common.js';
import { SUBJECT_TYPES } from './workflow.js';

export const message = z.object({
  id: z.number().int(),
  title: z.string(),
  body: z.string(),
  /** A portal path to open (e.g. /personal/applications/loan/12), or null. */
  link: z.string().nullable(),
  subjectType: z.enum(SUBJECT_TYPES).nullable(),
  subjectId: z.number().int().nullable(),
  read: z.boolean(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Message = z.infer<typeof message>;

export const messageListQuery = pageQuery.extend({
  unread: z
    .enum(['true', 'false'], { error: '未读筛选不正确' })
    .transform((v) => v === 'true')
    .optional(),
});
export type MessageListQuery = z.infer<typeof messageListQuery>;

/** One page of messages and how many are unread in all (the badge). */
export const messagePage = z.object({
  items: z.array(message),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  unreadCount: z.number().int(),
});
export type MessagePage = z.infer<typeof messagePage>;

export const readAllResult = z.object({ ok: z.literal(true), updated: z.number().int() });
export type ReadAllResult = z.infer<typeof readAllResult>;
