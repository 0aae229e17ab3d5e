/** 融资动态 on 首页: the latest applications and demands, anonymised. */
import { z } from 'zod';

export const FINANCING_FEED_KINDS = ['loan', 'renewal', 'bridge', 'demand'] as const;
export type FinancingFeedKind = (typeof FINANCING_FEED_KINDS)[number];
export const FINANCING_FEED_KIND_LABELS: Record<FinancingFeedKind, string> = {
  loan: '贷款申请',
  renewal: '续贷申请',
  bridge: '转贷申请',
  demand: '融资需求',
};

export const financingFeedItem = z.object({
  kind: z.enum(FINANCING_FEED_KINDS),
  /** 天水***有限公司, 张** — never a full name. */
  applicantMasked: z.string(),
  /** Null for a demand still in the pool. */
  institutionName: z.string().nullable(),
  productName: z.string().nullable(),
  amountYuan: z.number().int(),
  status: z.string(),
  statusLabel: z.string(),
  createdAt: z.string(),
});
export type FinancingFeedItem = z.infer<typeof financingFeedItem>;
