import { z } from 'zod';
import { oneOf, optionalText } from './fields.js';
import { EVENT_STATUSES, EVENT_STATUS_LABELS } from './enums.js';
import { pageQuery } from './common.js';

/** 金融活动 as the portal lists it. `status` is derived from the end time; sign-up closes at the deadline. */
export const eventSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  organizer: z.string().meta({ title: '主办方' }),
  address: z.string().meta({ title: '活动地址' }),
  startsAt: z.string().meta({ title: '活动开始时间' }),
  endsAt: z.string().meta({ title: '活动结束时间' }),
  signupDeadline: z.string().meta({ title: '报名截止时间' }),
  capacity: z.number().int().nullable().meta({ title: '限制人数', description: 'null: 不限' }),
  coverUrl: z.string().nullable(),
  status: z.enum(EVENT_STATUSES),
  signupOpen: z.boolean(),
});
export type EventSummary = z.infer<typeof eventSummary>;
export const eventDetail = eventSummary.extend({ body: z.string() });
export type EventDetail = z.infer<typeof eventDetail>;

export const eventQuery = pageQuery.extend({
  status: oneOf('活动状态', EVENT_STATUSES, EVENT_STATUS_LABELS).optional(),
  keyword: optionalText('关键词', 50),
});
export type EventQuery = z.infer<typeof eventQuery>;
