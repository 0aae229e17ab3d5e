/** 融资动态 (首页): the latest applications and demands, anonymised — no name, phone or code in full. */
import type { Knex } from 'knex';
import { z } from 'zod';
import {
  APPLICATION_STATUS_LABELS,
  DEMAND_STATUS_LABELS,
  financingFeedItem,
  type FinancingFeedItem,
  type FinancingFeedKind,
} from '@jrpt/contracts';
import { toIso } from '../../db/knex.js';
import { defineRoute, PUBLIC } from '../../http/route.js';

const FEED_SIZE = 10;

/** 天水市麦积区惠民农产品有限公司 → 天水***有限公司; 张三 → 张*; 欧阳娜娜 → 欧***. */
export function maskName(name: string | null): string {
  const chars = [...(name ?? '').trim()];
  if (chars.length === 0) return '***';
  if (chars.length <= 4) return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
  const suffix = chars.slice(-4).join('');
  return `${chars.slice(0, 2).join('')}***${suffix}`;
}

interface FeedRow {
  kind: FinancingFeedKind;
  name: string | null;
  enterprise_name: string | null;
  institution_name: string | null;
  product_name: string | null;
  amount_yuan: number | string;
  status: string;
  created_at: unknown;
}

function latest(db: Knex, kind: FinancingFeedKind): Promise<FeedRow[]> {
  const table = {
    loan: 'loan_applications',
    renewal: 'renewal_applications',
    bridge: 'bridge_applications',
    demand: 'financing_demands',
  }[kind];
  const q = db(`${table} as a`).orderBy('a.created_at', 'desc').orderBy('a.id', 'desc').limit(FEED_SIZE);
  const common = [
    db.raw('? as kind', [kind]),
    'a.enterprise_name',
    'a.amount_yuan',
    'a.status',
    'a.created_at',
  ];
  if (kind === 'loan')
    return q
      .join('institutions as i', 'i.id', 'a.institution_id')
      .join('products as p', 'p.id', 'a.product_id')
      .select([
        ...common,
        'a.applicant_name as name',
        'i.name as institution_name',
        'p.name as product_name',
      ]);
  if (kind === 'demand')
    return q
      .leftJoin('institutions as i', 'i.id', 'a.assigned_institution_id')
      .leftJoin('products as p', 'p.id', 'a.product_id')
      .whereNot('a.status', 'withdrawn')
      .select([...common, 'a.real_name as name', 'i.name as institution_name', 'p.name as product_name']);
  return q
    .join('institutions as i', 'i.id', 'a.institution_id')
    .select([...common, 'a.real_name as name', 'i.name as institution_name', db.raw('null as product_name')]);
}

export async function financingFeed(db: Knex): Promise<FinancingFeedItem[]> {
  const lists = await Promise.all(
    (['loan', 'renewal', 'bridge', 'demand'] as const).map((k) => latest(db, k)),
  );
  return lists
    .flat()
    .map((r) => ({ ...r, at: toIso(r.created_at) }))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, FEED_SIZE)
    .map((r) => ({
      kind: r.kind,
      applicantMasked: maskName(r.enterprise_name ?? r.name),
      institutionName: r.institution_name,
      productName: r.product_name,
      amountYuan: Number(r.amount_yuan),
      status: r.status,
      statusLabel:
        (r.kind === 'demand'
          ? DEMAND_STATUS_LABELS[r.status as keyof typeof DEMAND_STATUS_LABELS]
          : APPLICATION_STATUS_LABELS[r.status as keyof typeof APPLICATION_STATUS_LABELS]) ?? r.status,
      createdAt: r.at,
    }));
}

export const financingFeedRoutes = [
  defineRoute({
    method: 'get',
    path: '/home/financing-feed',
    summary: '融资动态：最新的贷款、续贷、转贷申请和融资需求（匿名）',
    tags: ['首页'],
    access: PUBLIC,
    response: z.array(financingFeedItem),
    handler: async ({ deps }) => financingFeed(deps.db),
  }),
];
