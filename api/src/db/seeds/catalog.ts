/** Seeds the reference data and the public catalogue (catalog-data.ts), then the home-page aggregates from it. */
import type { Knex } from 'knex';
import { percentToBp, wanToYuan } from '@jrpt/contracts';
import type { Config } from '../../config/config.js';
import { STAT_NAMES, type StatName } from '../../modules/home/stats.js';
import { sanitizeRichText } from '../../modules/articles/sanitize.js';
import {
  ARTICLES,
  EVENTS,
  FUNDS,
  INDUSTRIES,
  INSTITUTIONS,
  PRODUCTS,
  REGIONS,
  SETTINGS,
  type SeedArticle,
} from './catalog-data.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const BEIJING_OFFSET = 8 * HOUR;

/** `hour`:00 Beijing time on the Beijing calendar day `dayOffset` days from `now`'s. */
function beijingAt(now: Date, dayOffset: number, hour: number): Date {
  const midnight = Math.floor((now.getTime() + BEIJING_OFFSET) / DAY) * DAY - BEIJING_OFFSET;
  return new Date(midnight + dayOffset * DAY + hour * HOUR);
}

const paragraphsToHtml = (paragraphs: string[]) =>
  sanitizeRichText(paragraphs.map((p) => `<p>${p}</p>`).join('\n'));

function publishedAt(published: SeedArticle['published'], now: Date): Date {
  if (typeof published === 'string') return new Date(`${published}T09:00:00+08:00`);
  return beijingAt(now, -published.daysAgo, 10);
}

export async function seedCatalog(trx: Knex | Knex.Transaction, _config: Config, now: Date = new Date()) {
  await trx('regions').insert(REGIONS.map(([code, name], i) => ({ code, name, sort: i + 1 })));
  await trx('industries').insert(INDUSTRIES.map(([code, name], i) => ({ code, name, sort: i + 1 })));
  const regionRows: { id: number; name: string }[] = await trx('regions').select('id', 'name');
  const regionId = new Map(regionRows.map((r) => [r.name, Number(r.id)]));
  const regionIdsOf = (names: 'all' | string[] | undefined, all: boolean) =>
    names === 'all' || (names === undefined && all)
      ? [...regionId.values()]
      : (names ?? []).map((n) => {
          const id = regionId.get(n);
          if (id === undefined) throw new Error(`seed: unknown region ${n}`);
          return id;
        });

  const institutionId = new Map<string, number>();
  for (const inst of INSTITUTIONS) {
    const createdAt = new Date(now.getTime() - 400 * DAY);
    const [id] = await trx('institutions').insert({
      name: inst.name,
      short_name: inst.shortName,
      type: inst.type,
      intro: inst.intro,
      address: inst.address,
      contact_phone: inst.contactPhone,
      website: inst.website,
      logo_url: null,
      version: 1,
      created_at: createdAt,
      updated_at: createdAt,
    });
    institutionId.set(inst.name, Number(id));
    const ids = regionIdsOf(inst.regions, true);
    await trx('institution_regions').insert(
      ids.map((region_id) => ({ institution_id: Number(id), region_id })),
    );
  }
  const institutionOf = (name: string) => {
    const id = institutionId.get(name);
    if (id === undefined) throw new Error(`seed: unknown institution ${name}`);
    return id;
  };

  // Listed products appear newest first in the order written, a few days apart.
  let listedCount = 0;
  for (const [i, p] of PRODUCTS.entries()) {
    const listedAt =
      p.status === 'listed' || p.status === 'delisted' ? beijingAt(now, -(i * 4 + 1), 10) : null;
    const createdAt = new Date((listedAt ?? now).getTime() - 7 * DAY);
    const updatedAt = p.status === 'delisted' ? new Date(now.getTime() - 2 * DAY) : (listedAt ?? createdAt);
    if (p.status === 'listed') listedCount += 1;
    const [id] = await trx('products').insert({
      institution_id: institutionOf(p.institution),
      name: p.name,
      category: p.category,
      status: p.status,
      min_rate_bp: percentToBp(p.ratePercent),
      max_amount_yuan: wanToYuan(p.maxAmountWan),
      max_term_months: p.maxTermMonths,
      features: p.features,
      intro: p.intro,
      repayment_method: p.repaymentMethod,
      prepayment: p.prepayment,
      age_requirement: p.ageRequirement ?? null,
      business_requirement: p.businessRequirement ?? null,
      work_requirement: p.workRequirement ?? null,
      asset_requirement: p.assetRequirement ?? null,
      income_requirement: p.incomeRequirement ?? null,
      required_materials: p.requiredMaterials,
      first_loan: p.firstLoan ?? false,
      review_note: p.reviewNote ?? null,
      listed_at: listedAt,
      version: 1,
      created_at: createdAt,
      updated_at: updatedAt,
    });
    const productId = Number(id);
    await trx('product_methods').insert(p.methods.map((method) => ({ product_id: productId, method })));
    if (p.tags.length)
      await trx('product_tags').insert(p.tags.map((tag) => ({ product_id: productId, tag })));
    const regions = regionIdsOf(p.regions, false);
    if (regions.length)
      await trx('product_regions').insert(regions.map((region_id) => ({ product_id: productId, region_id })));
  }

  for (const a of ARTICLES) {
    const at = publishedAt(a.published, now);
    const [id] = await trx('articles').insert({
      kind: a.kind,
      title: a.title,
      summary: a.summary,
      body: paragraphsToHtml(a.paragraphs),
      source: a.source,
      cover_url: null,
      published_at: at,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    if (a.tags.length)
      await trx('article_tags').insert(a.tags.map((tag) => ({ article_id: Number(id), tag })));
  }

  for (const f of FUNDS) {
    const createdAt = new Date(now.getTime() - 300 * DAY);
    await trx('funds').insert({
      institution_id: institutionOf(f.institution),
      name: f.name,
      established_on: f.establishedOn,
      scale_yuan: wanToYuan(f.scaleWan),
      investment_fields: f.investmentFields,
      intro: f.intro,
      created_at: createdAt,
      updated_at: createdAt,
    });
  }

  // Event days are relative to today so that a fresh start always has ongoing and ended events.
  for (const e of EVENTS) {
    const startsAt = beijingAt(now, e.startsInDays, e.startHour);
    const createdAt = new Date(Math.min(now.getTime(), startsAt.getTime()) - 30 * DAY);
    await trx('events').insert({
      title: e.title,
      organizer: e.organizer,
      address: e.address,
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + e.durationHours * HOUR),
      signup_deadline: beijingAt(now, e.startsInDays - e.signupClosesDaysBefore, 18),
      capacity: e.capacity,
      body: paragraphsToHtml(e.paragraphs),
      cover_url: null,
      created_at: createdAt,
      updated_at: createdAt,
    });
  }

  await trx('settings').insert(Object.entries(SETTINGS).map(([key, value]) => ({ key, value })));

  // No users or loans exist yet: the accounts seed and later use cases bump their figures.
  const initial: Record<StatName, number> = Object.fromEntries(STAT_NAMES.map((n) => [n, 0])) as Record<
    StatName,
    number
  >;
  initial.listed_products = listedCount;
  await trx('platform_stats').insert(STAT_NAMES.map((name) => ({ name, value: initial[name] })));
}
