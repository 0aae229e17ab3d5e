/**
 * `npm run bench:seed`: fills a MySQL/MariaDB database with a province-sized platform for `npm run bench`
 * (QUALITY.md): 300 institutions, 2,000 products, 1,000,000 borrowers, 2,000,000 loan applications,
 * 500,000 financing demands, 10,000 articles and 10,000 events, then recomputes the 首页 aggregates.
 *
 *   DATABASE_URL=mysql://root@127.0.0.1:3306/jrpt_bench npm run bench:seed [-- --reset]
 *
 * Use a database of its own (e.g. jrpt_bench): it must be empty, or is emptied with --reset. Rows go in as
 * multi-row INSERTs of 5,000 inside transactions with every index kept, so the run also shows what the
 * schema costs to fill. The data are random but reproducible (a seeded generator).
 */
import { SingleBar } from 'cli-progress';
import knexFactory, { type Knex } from 'knex';
import { idCardCheckCharacter, maskIdCard, usccCheckCharacter } from '@jrpt/contracts';
import { loadConfig } from '../src/config/config.js';
import { migrateLatest } from '../src/db/migrate.js';
import { seedDemoData } from '../src/db/seeds/index.js';
import { DEMO_PASSWORD } from '../src/db/seeds/accounts.js';
import { createFieldCipher, loadDataKey } from '../src/security/field-cipher.js';
import { hashPassword } from '../src/security/password.js';

/** BENCH_SCALE (default 1) shrinks the big tables for a quick trial run, e.g. BENCH_SCALE=0.01. */
const scale = Math.min(1, Math.max(0.0001, Number(process.env.BENCH_SCALE ?? 1) || 1));
export const SIZES = {
  institutions: 300,
  products: 2_000,
  users: Math.round(1_000_000 * scale),
  loanApplications: Math.round(2_000_000 * scale),
  demands: Math.round(500_000 * scale),
  articles: Math.round(10_000 * scale),
  events: Math.round(10_000 * scale),
};
const BATCH = 5_000;
/** Batches per transaction. */
const BATCHES_PER_TRX = 10;
const DAY = 86_400_000;
/** Bench borrowers' phones: 150 0000 0000 + n, far from the demo accounts'. */
export const BENCH_PHONE_BASE = 15_000_000_000;

function refuse(message: string): never {
  console.error(`bench:seed: ${message}`);
  process.exit(2);
}

const url = process.env.DATABASE_URL ?? '';
if (!url) {
  refuse(
    'DATABASE_URL is required and must name a MySQL/MariaDB database of its own, e.g.\n' +
      '  DATABASE_URL=mysql://root@127.0.0.1:3306/jrpt_bench npm run bench:seed',
  );
}
if (!/^mysql2?:\/\//.test(url)) {
  refuse('the benchmark data set is for MySQL/MariaDB only (mysql://…); SQLite is not a benchmark target.');
}
const dbName = new URL(url).pathname.replace(/^\//, '');
if (!dbName || dbName === 'jrpt' || dbName === 'jrpt_test') {
  refuse(
    `refusing to fill "${dbName || '(none)'}": give the benchmark a database of its own (e.g. jrpt_bench).`,
  );
}
const reset = process.argv.includes('--reset');

/** mulberry32: a small seeded generator, so every run builds the same data set. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20260101);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
/** Picks by weight: [[value, weight], …]. */
function weighted<T>(choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [v, w] of choices) {
    r -= w;
    if (r < 0) return v;
  }
  return choices[choices.length - 1][0];
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌宇浩鹏飞云辉波宁琳晨阳佳欣雪梅';
const personName = () => pick([...SURNAMES]) + pick([...GIVEN]) + (random() < 0.6 ? pick([...GIVEN]) : '');
const TRADES = [
  '农产品',
  '果业',
  '花牛苹果',
  '中药材',
  '电子',
  '机械',
  '建材',
  '商贸',
  '物流',
  '食品',
  '纺织',
  '旅游',
  '餐饮',
  '科技',
];
const PLACES = ['秦州', '麦积', '甘谷', '武山', '秦安', '清水', '张家川', '天水'];
const enterpriseName = (n: number) => `天水市${pick(PLACES)}${pick(TRADES)}${n}号有限公司`;
const PURPOSES = [
  '经营性融资',
  '购买原材料',
  '扩大生产',
  '设备更新',
  '流动资金周转',
  '春耕备耕',
  '装修',
  '购车',
  '教育支出',
  '其他消费',
];
const TAGS = [
  '小微企业',
  '线上申请',
  '首贷',
  '信用贷',
  '个人消费',
  '三农',
  '乡村振兴',
  '科技创新',
  '疫情专项',
  '税务贷',
  '抵押贷',
  '纯信用',
  '随借随还',
  '低利率',
  '快速审批',
];
const METHODS = ['credit', 'mortgage', 'pledge', 'guarantee'] as const;

const DIGITS = '0123456789';
function uscc(n: number) {
  const first17 = `91620500MA${String(n).padStart(7, '0')}`;
  return first17 + usccCheckCharacter(first17);
}
function idNumber() {
  const birth = new Date(Date.UTC(int(1960, 2002), int(0, 11), int(1, 28)));
  const first17 =
    `62050${int(1, 5)}` +
    birth.toISOString().slice(0, 10).replace(/-/g, '') +
    pick([...DIGITS]) +
    pick([...DIGITS]) +
    pick([...DIGITS]);
  return first17 + idCardCheckCharacter(first17);
}

type Row = Record<string, Knex.Value | undefined>;

class Progress {
  private bar = new SingleBar({
    format: '{phase} [{bar}] {percentage}% | {value}/{total} 行 | {speed} 行/秒 | 剩余 {eta_formatted}',
    barsize: 30,
    hideCursor: true,
    etaBuffer: 50,
    // Without a terminal (a log file, CI) print a line every 10 s instead of redrawing.
    noTTYOutput: true,
    notTTYSchedule: 10_000,
  });
  private started = Date.now();
  constructor(total: number) {
    this.bar.start(total, 0, { phase: '准备'.padEnd(6, '　'), speed: 0 });
  }
  phase(name: string) {
    this.bar.update({ phase: name.padEnd(6, '　') });
  }
  add(n: number) {
    this.bar.increment(n, {
      speed: Math.round(
        (this.bar.getProgress() * this.bar.getTotal()) / ((Date.now() - this.started) / 1000 || 1),
      ),
    });
  }
  stop() {
    this.bar.stop();
  }
}

/**
 * Inserts rows from `make(i)` (i = 0 … count-1) in multi-row INSERTs of BATCH rows, BATCHES_PER_TRX per
 * transaction; the next batch is generated while the database writes the last one.
 */
async function bulkInsert(
  db: Knex,
  table: string,
  count: number,
  make: (i: number) => Row | Row[],
  progress: Progress,
) {
  let columns: string[] | null = null;
  let trx: Knex.Transaction | null = null;
  let inTrx = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const flush = async (rows: Row[]) => {
    if (rows.length === 0) return;
    columns ??= Object.keys(rows[0]);
    const cols = columns;
    const placeholders = `(${cols.map(() => '?').join(',')})`;
    const bindings: Knex.Value[] = [];
    for (const r of rows) for (const c of cols) bindings.push(r[c] ?? null);
    trx ??= await db.transaction();
    await trx.raw(
      `insert into ?? (${cols.map(() => '??').join(',')}) values ${rows.map(() => placeholders).join(',')}`,
      [table, ...cols, ...bindings],
    );
    if (++inTrx >= BATCHES_PER_TRX) {
      await trx.commit();
      trx = null;
      inTrx = 0;
    }
  };
  let rows: Row[] = [];
  let made = 0;
  for (let i = 0; i < count; i++) {
    const r = make(i);
    if (Array.isArray(r)) rows.push(...r);
    else rows.push(r);
    made++;
    if (rows.length >= BATCH) {
      const batch = rows;
      const n = made;
      rows = [];
      made = 0;
      await writing;
      writing = flush(batch).then(() => progress.add(n));
    }
  }
  await writing;
  await flush(rows);
  progress.add(made);
  if (trx) await (trx as Knex.Transaction).commit();
}

/**
 * The database as the API opens it (db/knex.ts), on two connections that skip the per-row foreign-key
 * and unique look-ups: the data are consistent by construction.
 */
function benchDb(databaseUrl: string): Knex {
  return knexFactory({
    client: 'mysql2',
    connection: {
      uri: databaseUrl,
      charset: 'utf8mb4',
      timezone: 'Z',
      supportBigNumbers: true,
      bigNumberStrings: false,
      decimalNumbers: true,
    } as Knex.MySql2ConnectionConfig,
    pool: {
      min: 1,
      max: 2,
      afterCreate(
        conn: { query(sql: string, cb: (err: Error | null) => void): void },
        done: (err: Error | null, conn: unknown) => void,
      ) {
        conn.query('SET SESSION foreign_key_checks = 0, unique_checks = 0', (err) => done(err, conn));
      },
    },
  });
}

async function emptyDatabase(db: Knex) {
  const [tables] = (await db.raw(
    'select table_name as name from information_schema.tables where table_schema = database()',
  )) as [{ name: string }[]];
  if (tables.length === 0) return;
  if (!reset) refuse(`database "${dbName}" is not empty: run with --reset to empty it first.`);
  await db.raw('SET FOREIGN_KEY_CHECKS = 0');
  for (const { name } of tables) await db.schema.dropTableIfExists(name);
  await db.raw('SET FOREIGN_KEY_CHECKS = 1');
}

async function main() {
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'silent' });
  const db = benchDb(url);
  const cipher = createFieldCipher(loadDataKey(config));
  const t0 = Date.now();
  console.log(`bench:seed → ${dbName} (MySQL/MariaDB)`);
  await emptyDatabase(db);
  await migrateLatest(db);
  await seedDemoData(db, config);

  const now = new Date();
  const ago = (maxDays: number) =>
    new Date(now.getTime() - Math.floor(random() * maxDays * DAY) - int(0, DAY));
  const regionIds = ((await db('regions').select('id')) as { id: number }[]).map((r) => Number(r.id));
  const existingInstitutions = Number(((await db('institutions').count({ n: '*' })) as { n: number }[])[0].n);
  const existingProducts = Number(((await db('products').count({ n: '*' })) as { n: number }[])[0].n);
  const passwordHash = await hashPassword(DEMO_PASSWORD, config.scryptCost);

  const newInstitutions = SIZES.institutions - existingInstitutions;
  const newProducts = SIZES.products - existingProducts;
  const total =
    newInstitutions +
    newProducts +
    SIZES.users +
    SIZES.loanApplications +
    SIZES.demands +
    SIZES.articles +
    SIZES.events;
  const progress = new Progress(total);

  progress.phase('金融机构');
  const INSTITUTION_TYPES = [
    ['bank', 60],
    ['guarantee', 15],
    ['microloan', 15],
    ['insurance', 5],
    ['other', 5],
  ] as const;
  const instNames = [
    '农村商业银行',
    '村镇银行',
    '融资担保有限公司',
    '小额贷款有限公司',
    '信用合作联社',
    '银行支行',
  ];
  await bulkInsert(
    db,
    'institutions',
    newInstitutions,
    (i) => {
      const created = ago(1500);
      return {
        name: `天水${pick(PLACES)}${instNames[i % instNames.length]}${i + 1}`,
        short_name: null,
        type: weighted(INSTITUTION_TYPES),
        intro: '基准测试数据：服务天水市小微企业、个体工商户和农户的金融机构。',
        address: `天水市${pick(PLACES)}区中心大街${i + 1}号`,
        contact_phone: `0938-${int(2000000, 8999999)}`,
        website: null,
        logo_url: null,
        version: 1,
        created_at: created,
        updated_at: created,
      };
    },
    progress,
  );
  const institutions = (await db('institutions').orderBy('id').select('id', 'type')) as {
    id: number;
    type: string;
  }[];
  const lenders = institutions.filter((i) => i.type !== 'fund').map((i) => Number(i.id));
  const institutionRegions: Row[] = [];
  for (const inst of institutions.slice(existingInstitutions)) {
    const served = random() < 0.5 ? regionIds : regionIds.filter(() => random() < 0.4);
    for (const r of served.length ? served : [pick(regionIds)])
      institutionRegions.push({ institution_id: inst.id, region_id: r });
  }
  for (let i = 0; i < institutionRegions.length; i += BATCH)
    await db('institution_regions').insert(institutionRegions.slice(i, i + BATCH));

  progress.phase('金融产品');
  const PRODUCT_NAMES = [
    '经营贷',
    '信用贷',
    '首贷通',
    '惠农贷',
    '税易贷',
    '抵押贷',
    '快贷',
    '助业贷',
    '乡村振兴贷',
    '消费贷',
  ];
  await bulkInsert(
    db,
    'products',
    newProducts,
    (i) => {
      const status = weighted([
        ['listed', 85],
        ['pending', 5],
        ['draft', 5],
        ['delisted', 5],
      ] as const);
      const created = ago(1200);
      const category = weighted([
        ['enterprise', 55],
        ['personal', 25],
        ['agriculture', 20],
      ] as const);
      return {
        institution_id: pick(lenders),
        name: `${pick(PLACES)}${pick(PRODUCT_NAMES)}${i + 1}`,
        category,
        status,
        min_rate_bp: int(300, 1500),
        max_amount_yuan: pick([10, 20, 30, 50, 100, 200, 300, 500, 1000, 3000]) * 10_000,
        max_term_months: pick([6, 12, 24, 36, 60, 120]),
        features: `${pick(TAGS)}，${pick(TAGS)}`,
        intro: '基准测试数据：产品介绍。',
        repayment_method: '按月付息，到期还本',
        prepayment: '允许',
        age_requirement: '18-65周岁',
        business_requirement: null,
        work_requirement: null,
        asset_requirement: null,
        income_requirement: null,
        required_materials: '身份证、营业执照',
        first_loan: random() < 0.1,
        review_note: null,
        listed_at: status === 'listed' || status === 'delisted' ? created : null,
        version: 1,
        created_at: created,
        updated_at: created,
      };
    },
    progress,
  );
  const products = (await db('products')
    .orderBy('id')
    .select('id', 'institution_id', 'status', 'max_amount_yuan', 'max_term_months', 'category')) as {
    id: number;
    institution_id: number;
    status: string;
    max_amount_yuan: number;
    max_term_months: number;
    category: string;
  }[];
  const children: Record<string, Row[]> = { product_methods: [], product_tags: [], product_regions: [] };
  for (const p of products.slice(existingProducts)) {
    for (const m of METHODS.filter(() => random() < 0.45).concat())
      children.product_methods.push({ product_id: p.id, method: m });
    if (!children.product_methods.some((r) => r.product_id === p.id))
      children.product_methods.push({ product_id: p.id, method: pick(METHODS) });
    for (const tag of new Set([pick(TAGS), pick(TAGS)]))
      children.product_tags.push({ product_id: p.id, tag });
    if (random() < 0.4)
      for (const r of new Set([pick(regionIds), pick(regionIds)]))
        children.product_regions.push({ product_id: p.id, region_id: r });
  }
  for (const [table, rows] of Object.entries(children))
    for (let i = 0; i < rows.length; i += BATCH) await db(table).insert(rows.slice(i, i + BATCH));
  const listed = products.filter((p) => p.status === 'listed');

  progress.phase('注册用户');
  const firstUserId = Number(((await db('accounts').max({ m: 'id' })) as { m: number }[])[0].m) + 1;
  const roles: ('personal' | 'enterprise')[] = [];
  await bulkInsert(
    db,
    'accounts',
    SIZES.users,
    (i) => {
      const role = random() < 0.8 ? 'personal' : 'enterprise';
      roles.push(role);
      const created = ago(1500);
      const name = role === 'personal' ? personName() : enterpriseName(i);
      return {
        role,
        phone: String(BENCH_PHONE_BASE + i),
        username: role === 'personal' ? name : null,
        enterprise_name: role === 'enterprise' ? name : null,
        uscc: role === 'enterprise' ? uscc(i) : null,
        login_name: null,
        institution_id: null,
        display_name: name,
        password_hash: passwordHash,
        status: 'active',
        sso_subject: null,
        created_at: created,
        updated_at: created,
      };
    },
    progress,
  );

  progress.phase('贷款申请');
  // A handful of real ciphertexts reused: encrypting two million ID numbers would only time AES.
  const ids = Array.from({ length: 200 }, () => idNumber()).map((id) => ({
    enc: cipher.encrypt(id),
    masked: maskIdCard(id),
  }));
  const APPLICATION_STATUS = [
    ['submitted', 12],
    ['accepted', 10],
    ['credit_granted', 13],
    ['disbursed', 45],
    ['rejected', 15],
    ['withdrawn', 5],
  ] as const;
  await bulkInsert(
    db,
    'loan_applications',
    SIZES.loanApplications,
    () => {
      const n = int(0, SIZES.users - 1);
      const role = roles[n];
      const product = pick(listed);
      const status = weighted(APPLICATION_STATUS);
      const created = ago(1100);
      const amount = Math.min(Number(product.max_amount_yuan), pick([1, 3, 5, 10, 20, 30, 50, 100]) * 10_000);
      const credit = ['credit_granted', 'disbursed'].includes(status) ? amount : null;
      const id = pick(ids);
      const updated = new Date(created.getTime() + int(0, 20) * DAY);
      return {
        account_id: firstUserId + n,
        applicant_type: role,
        channel: product.category === 'enterprise' && random() < 0.05 ? 'first_loan' : 'market',
        product_id: product.id,
        institution_id: product.institution_id,
        amount_yuan: amount,
        term_months: Math.min(Number(product.max_term_months), pick([6, 12, 24, 36])),
        purpose: pick(PURPOSES),
        applicant_name: personName(),
        applicant_phone: String(BENCH_PHONE_BASE + n),
        id_number_enc: role === 'personal' ? id.enc : null,
        id_number_masked: role === 'personal' ? id.masked : null,
        enterprise_name: role === 'enterprise' ? enterpriseName(n) : null,
        uscc: role === 'enterprise' ? uscc(n) : null,
        annual_income_yuan: random() < 0.5 ? int(3, 200) * 10_000 : null,
        current_loan_total_yuan: random() < 0.5 ? int(0, 100) * 10_000 : null,
        has_enforcement: random() < 0.5 ? false : null,
        has_overdue: random() < 0.5 ? false : null,
        status,
        version: status === 'submitted' ? 1 : 3,
        credit_amount_yuan: credit,
        disbursed_amount_yuan: status === 'disbursed' ? credit : null,
        reason_code: status === 'rejected' ? 'not_eligible' : null,
        note: status === 'rejected' ? '不符合产品准入条件' : null,
        consent_id: null,
        respond_by: new Date(created.getTime() + 5 * DAY),
        overdue_at: status === 'submitted' && random() < 0.3 ? new Date(created.getTime() + 5 * DAY) : null,
        responded_at:
          status === 'submitted' || status === 'withdrawn'
            ? null
            : new Date(created.getTime() + int(0, 4) * DAY),
        created_at: created,
        updated_at: updated,
        matures_on:
          status === 'disbursed' ? new Date(updated.getTime() + 365 * DAY).toISOString().slice(0, 10) : null,
        renewal_reminded_at: null,
      };
    },
    progress,
  );

  progress.phase('融资需求');
  const DEMAND_STATUS = [
    ['pending', 25],
    ['accepted', 15],
    ['review_passed', 10],
    ['review_failed', 10],
    ['credit_granted', 10],
    ['disbursed', 25],
    ['withdrawn', 5],
  ] as const;
  await bulkInsert(
    db,
    'financing_demands',
    SIZES.demands,
    () => {
      const n = int(0, SIZES.users - 1);
      const role = roles[n];
      const status = weighted(DEMAND_STATUS);
      const created = ago(1100);
      const pool = random() < 0.6;
      const amount = pick([1, 3, 5, 10, 20, 50, 100, 200]) * 10_000;
      const held = status !== 'pending' && status !== 'withdrawn';
      const product = held ? pick(listed) : null;
      const rateMin = int(300, 600);
      const credit = ['credit_granted', 'disbursed'].includes(status) ? amount : null;
      return {
        account_id: firstUserId + n,
        borrower_type: role,
        channel: role === 'enterprise' && random() < 0.1 ? 'first_loan' : 'market',
        amount_yuan: amount,
        term_months: pick([6, 12, 24, 36]),
        purpose: pick(PURPOSES),
        method: pick(['unlimited', ...METHODS]),
        rate_min_bp: rateMin,
        rate_max_bp: rateMin + int(0, 400),
        pool,
        region_id: pick(regionIds),
        real_name: personName(),
        gender: random() < 0.6 ? 'male' : 'female',
        phone: String(BENCH_PHONE_BASE + n),
        enterprise_name: role === 'enterprise' ? enterpriseName(n) : null,
        uscc: role === 'enterprise' ? uscc(n) : null,
        assigned_institution_id: product ? product.institution_id : null,
        assigned_at: product ? new Date(created.getTime() + DAY) : null,
        claimed_by_institution_id: product && pool ? product.institution_id : null,
        product_id: product ? product.id : null,
        review_result:
          status === 'review_failed'
            ? 'failed'
            : ['review_passed', 'credit_granted', 'disbursed'].includes(status)
              ? 'passed'
              : null,
        status,
        version: held ? 3 : 1,
        credit_amount_yuan: credit,
        disbursed_amount_yuan: status === 'disbursed' ? credit : null,
        reason_code: status === 'review_failed' ? 'repayment_capacity' : null,
        note: null,
        consent_id: null,
        respond_by: new Date(created.getTime() + 5 * DAY),
        overdue_at: status === 'pending' && random() < 0.3 ? new Date(created.getTime() + 5 * DAY) : null,
        responded_at: held ? new Date(created.getTime() + DAY) : null,
        created_at: created,
        updated_at: new Date(created.getTime() + int(0, 20) * DAY),
      };
    },
    progress,
  );
  // 期望机构 of the named (not pooled) demands: one to three institutions each.
  const named = (await db('financing_demands')
    .where('pool', false)
    .select('id', 'created_at', 'assigned_institution_id')) as {
    id: number;
    created_at: Date;
    assigned_institution_id: number | null;
  }[];
  let rows: Row[] = [];
  for (const d of named) {
    const chosen = new Set([
      d.assigned_institution_id ?? pick(lenders),
      ...Array.from({ length: int(0, 2) }, () => pick(lenders)),
    ]);
    for (const institution_id of chosen)
      rows.push({ demand_id: d.id, institution_id, declined_at: null, created_at: d.created_at });
    if (rows.length >= BATCH) {
      await db('demand_institutions').insert(rows);
      rows = [];
    }
  }
  if (rows.length) await db('demand_institutions').insert(rows);

  progress.phase('资讯动态');
  await bulkInsert(
    db,
    'articles',
    SIZES.articles,
    (i) => {
      const published = ago(2000);
      return {
        kind: random() < 0.4 ? 'policy' : 'news',
        title: `天水市金融服务动态第${i + 1}期：${pick(TAGS)}`,
        summary: '基准测试数据：资讯摘要。',
        body: '<p>基准测试数据：资讯正文。</p>',
        source: '天水市金融办',
        cover_url: null,
        published_at: published,
        version: 1,
        created_at: published,
        updated_at: published,
      };
    },
    progress,
  );

  progress.phase('金融活动');
  await bulkInsert(
    db,
    'events',
    SIZES.events,
    (i) => {
      const starts = new Date(now.getTime() + int(-900, 90) * DAY);
      return {
        title: `银企对接会第${i + 1}场`,
        organizer: '天水市金融办',
        address: `天水市${pick(PLACES)}区会议中心`,
        starts_at: starts,
        ends_at: new Date(starts.getTime() + 3 * 3_600_000),
        signup_deadline: new Date(starts.getTime() - DAY),
        capacity: random() < 0.5 ? int(30, 300) : null,
        body: '<p>基准测试数据：活动介绍。</p>',
        cover_url: null,
        created_at: new Date(starts.getTime() - 20 * DAY),
        updated_at: new Date(starts.getTime() - 20 * DAY),
      };
    },
    progress,
  );
  progress.stop();

  console.log('重新计算首页统计 platform_stats …');
  await recomputeStats(db);
  console.log('ANALYZE TABLE …');
  for (const table of [
    'accounts',
    'products',
    'loan_applications',
    'financing_demands',
    'demand_institutions',
    'institutions',
  ])
    await db.raw('analyze table ??', [table]);
  console.log(`完成：${Math.round((Date.now() - t0) / 1000)} 秒。`);
  await db.destroy();
}

/** The 首页 figures from the rows themselves (the API keeps them up to date from then on). */
export async function recomputeStats(db: Knex) {
  const one = async (q: Knex.QueryBuilder) =>
    Number(((await q) as { n: number | string | null }[])[0]?.n ?? 0);
  const creditOf = (table: string) => db(table).whereNotNull('credit_amount_yuan');
  const financedOf = (table: string) => db(table).whereNotNull('disbursed_amount_yuan');
  const tables = ['loan_applications', 'renewal_applications', 'bridge_applications', 'financing_demands'];
  let creditCount = 0;
  let creditAmount = 0;
  let financedCount = 0;
  let financedAmount = 0;
  for (const t of tables) {
    creditCount += await one(creditOf(t).count({ n: '*' }));
    creditAmount += await one(creditOf(t).sum({ n: 'credit_amount_yuan' }));
    financedCount += await one(financedOf(t).count({ n: '*' }));
    financedAmount += await one(financedOf(t).sum({ n: 'disbursed_amount_yuan' }));
  }
  const values: Record<string, number> = {
    registered_users: await one(db('accounts').whereIn('role', ['personal', 'enterprise']).count({ n: '*' })),
    listed_products: await one(db('products').where('status', 'listed').count({ n: '*' })),
    credit_count: creditCount,
    credit_amount_yuan: creditAmount,
    financed_count: financedCount,
    financed_amount_yuan: financedAmount,
  };
  for (const [name, value] of Object.entries(values))
    await db('platform_stats').where({ name }).update({ value });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
