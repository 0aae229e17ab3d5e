/**
 * `npm run bench`: QUALITY.md's speed table measured against the data set of `npm run bench:seed`.
 *
 *   DATABASE_URL=mysql://root@127.0.0.1:3306/jrpt_bench npm run bench
 *
 * Starts the API in this process on a free port (3160-3169, or BENCH_PORT), logs a sample of borrowers
 * and staff in by creating their sessions directly, then drives each endpoint with autocannon (32
 * connections, BENCH_SECONDS each, default 10) and prints p50/p95/p99, requests per second and each
 * throughput as a share of the floor's (a primary-key lookup on the same app), measured in the same run.
 * Then EXPLAIN of the queries behind the market search and the borrowers' lists.
 */
import net from 'node:net';
import os from 'node:os';
import type { Request } from 'express';
import autocannon from 'autocannon';
import type { Knex } from 'knex';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { createDb } from '../src/db/knex.js';
import { migrateLatest } from '../src/db/migrate.js';
import { createDeps } from '../src/deps.js';
import { COOKIES, createSession } from '../src/modules/auth/sessions.js';

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10) || 10;
const SAMPLE_BORROWERS = 2_000;

function refuse(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const url = process.env.DATABASE_URL ?? '';
if (!/^mysql2?:\/\//.test(url)) {
  refuse(
    'DATABASE_URL must name the MySQL/MariaDB database filled by `npm run bench:seed`, e.g.\n' +
      '  DATABASE_URL=mysql://root@127.0.0.1:3306/jrpt_bench npm run bench\n' +
      'SQLite is not a benchmark target.',
  );
}

async function freePort(): Promise<number> {
  const wanted = process.env.BENCH_PORT
    ? [Number(process.env.BENCH_PORT)]
    : [3160, 3161, 3162, 3163, 3164, 3165];
  for (const port of wanted) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  refuse(`no free port among ${wanted.join(', ')}`);
}

interface Scenario {
  name: string;
  /** QUALITY.md's bar for this row, if it has one. */
  bar?: { p95Ms: number; minRatio?: number };
  paths: string[];
  cookies?: string[];
}

interface Measured {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  total: number;
  bar?: Scenario['bar'];
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

async function measure(base: string, s: Scenario): Promise<Measured> {
  let i = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => {
              const n = i++;
              const headers = { ...req.headers };
              if (s.cookies) headers.cookie = s.cookies[n % s.cookies.length];
              return { ...req, path: s.paths[n % s.paths.length], headers };
            },
          },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    name: s.name,
    requestsPerSecond: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    total: result.requests.total,
    bar: s.bar,
  };
}

const pad = (v: string, n: number) => {
  const width = [...v].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  return v + ' '.repeat(Math.max(0, n - width));
};
const ms = (v: number) => `${v.toFixed(1)} ms`;

function report(rows: Measured[]) {
  const floor = rows[0].requestsPerSecond;
  console.log(
    `\n${pad('场景', 34)}${pad('req/s', 10)}${pad('p50', 11)}${pad('p95', 11)}${pad('p99', 11)}${pad('对地板比', 10)}${pad('非2xx', 8)}达标`,
  );
  for (const r of rows) {
    const ratio = r.requestsPerSecond / floor;
    const checks: boolean[] = [];
    if (r.bar) {
      checks.push(r.p95 <= r.bar.p95Ms);
      if (r.bar.minRatio !== undefined) checks.push(ratio >= r.bar.minRatio);
    }
    checks.push(r.non2xx === 0 && r.errors === 0);
    const verdict = r.bar
      ? `${checks.every(Boolean) ? '✓' : '✗'} p95 ≤ ${r.bar.p95Ms} ms${r.bar.minRatio !== undefined ? `, ≥ ${r.bar.minRatio * 100}% 地板` : ''}`
      : '（地板/参考）';
    console.log(
      `${pad(r.name, 34)}${pad(r.requestsPerSecond.toFixed(0), 10)}${pad(ms(r.p50), 11)}${pad(ms(r.p95), 11)}${pad(ms(r.p99), 11)}${pad(`${(ratio * 100).toFixed(0)}%`, 10)}${pad(String(r.non2xx + r.errors), 8)}${verdict}`,
    );
  }
}

/** The SQL one request runs, captured from Knex, then EXPLAINed. */
async function explainRequest(db: Knex, base: string, title: string, path: string, cookie?: string) {
  const seen: { sql: string; bindings: unknown[] }[] = [];
  const onQuery = (q: { sql: string; bindings?: unknown[] }) => {
    if (/^\s*select/i.test(q.sql)) seen.push({ sql: q.sql, bindings: q.bindings ?? [] });
  };
  db.on('query', onQuery);
  const res = await fetch(base + path, { headers: cookie ? { cookie } : {} });
  await res.arrayBuffer();
  db.removeListener('query', onQuery);
  console.log(`\n── EXPLAIN ${title}: GET ${path} → ${res.status}`);
  for (const q of seen) {
    // Session and account look-ups of the login are primary-key reads; show the endpoint's own queries.
    if (/from `sessions`/.test(q.sql)) continue;
    const [rows] = (await db.raw(`explain ${q.sql}`, q.bindings as Knex.RawBinding[])) as [
      {
        id: number;
        select_type: string;
        table: string;
        type: string;
        key: string | null;
        rows: number;
        Extra: string | null;
      }[],
    ];
    console.log(`  ${q.sql.length > 200 ? `${q.sql.slice(0, 200)}…` : q.sql}`);
    for (const r of rows) {
      const scan = r.type === 'ALL' && Number(r.rows) > 1000 ? '  ← 全表扫描' : '';
      console.log(
        `    ${pad(String(r.id), 3)}${pad(r.select_type, 20)}${pad(r.table ?? '', 22)}${pad(r.type ?? '', 8)}${pad(r.key ?? '-', 44)}${pad(String(r.rows ?? ''), 9)}${r.Extra ?? ''}${scan}`,
      );
    }
  }
}

const fakeReq = { ip: '127.0.0.1', get: () => 'jrpt-bench' } as unknown as Request;

async function main() {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    SSO_PROVIDER: 'none',
  });
  const db = createDb(config.database);
  await migrateLatest(db);
  const count = async (q: Knex.QueryBuilder) =>
    Number(((await q.count({ n: '*' })) as { n: number | string }[])[0].n);
  const borrowersTotal = await count(db('accounts').whereIn('role', ['personal', 'enterprise']));
  if (borrowersTotal < 100_000)
    refuse(`only ${borrowersTotal} borrowers in this database: run \`npm run bench:seed\` first.`);
  const [loans, demands, products] = await Promise.all([
    count(db('loan_applications')),
    count(db('financing_demands')),
    count(db('products')),
  ]);
  console.log(
    `数据集：${borrowersTotal.toLocaleString()} 借款用户，${loans.toLocaleString()} 笔贷款申请，${demands.toLocaleString()} 条融资需求，${products.toLocaleString()} 个产品`,
  );

  const deps = createDeps({ config, db, logger: pino({ level: 'silent' }) });
  const app = createApp(deps);
  const port = await freePort();
  const server = app.listen(port, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  console.log(`API 在 ${base}（进程内），每项 ${CONNECTIONS} 个并发连接、${SECONDS} 秒`);

  // A sample of borrowers spread over the whole id range, each with a session (as a login would make).
  const { lo, hi } = (await db('accounts')
    .whereIn('role', ['personal', 'enterprise'])
    .first(db.raw('min(id) as lo'), db.raw('max(id) as hi'))) as { lo: number; hi: number };
  const now = new Date();
  const cookies: string[] = [];
  for (let k = 0; k < SAMPLE_BORROWERS; k++) {
    const accountId = Math.floor(Number(lo) + ((Number(hi) - Number(lo)) * (k + 0.5)) / SAMPLE_BORROWERS);
    const session = await createSession(db, { realm: 'portal', accountId, config, now, req: fakeReq });
    cookies.push(`${COOKIES.portal.session}=${session.token}`);
  }
  const staffCookie = async (loginName: string) => {
    const staff = (await db('accounts').where('login_name', loginName).first('id')) as
      { id: number } | undefined;
    if (!staff) return null;
    const s = await createSession(db, {
      realm: 'admin',
      accountId: Number(staff.id),
      config,
      now,
      req: fakeReq,
    });
    return `${COOKIES.admin.session}=${s.token}`;
  };
  const [officeCookie, bankCookie] = await Promise.all([staffCookie('office'), staffCookie('gsbank')]);

  const fundIds = ((await db('funds').select('id')) as { id: number }[]).map((f) => `/api/funds/${f.id}`);
  const productIds = (
    (await db('products').where('status', 'listed').orderBy('id').limit(500).select('id')) as {
      id: number;
    }[]
  ).map((p) => `/api/products/${p.id}`);
  const regionIds = ((await db('regions').select('id')) as { id: number }[]).map((r) => r.id);
  const market = [
    '/api/products?sort=newest&page=1',
    '/api/products?amountWan=100&termMonths=12&sort=rate&page=1',
    '/api/products?institutionType=bank&method=credit&sort=amount&page=2',
    `/api/products?regionId=${regionIds[0]}&category=enterprise&sort=newest&page=1`,
    '/api/products?tag=%E5%B0%8F%E5%BE%AE%E4%BC%81%E4%B8%9A&sort=rate&page=1',
    '/api/products?name=%E8%B4%B7&sort=amount&page=3',
    '/api/products?maxRate=5&firstLoan=true&sort=rate&page=1',
    '/api/products?method=mortgage&amountWan=50&sort=term&page=1',
    `/api/products?regionId=${regionIds[regionIds.length - 1]}&maxRate=6&termMonths=24&sort=newest&page=2`,
    '/api/products?category=agriculture&sort=rate&page=1&pageSize=20',
    '/api/products?feature=%E7%BA%BF%E4%B8%8A&sort=newest&page=1',
    '/api/products?sort=rate&page=50',
  ];
  const loanList = [
    '/api/loan-applications?page=1&pageSize=10',
    '/api/loan-applications?page=1&pageSize=10&status=disbursed',
  ];
  const demandList = ['/api/financing-demands?page=1&pageSize=10'];

  const scenarios: Scenario[] = [
    { name: '地板：GET /api/funds/:id（主键）', paths: fundIds },
    { name: '参考：产品详情 /api/products/:id', paths: productIds },
    { name: '金融超市搜索（筛选/排序/分页）', bar: { p95Ms: 25, minRatio: 0.5 }, paths: market },
    { name: '申请记录（借款人，百万用户中）', bar: { p95Ms: 20 }, paths: loanList, cookies },
    { name: '需求记录（借款人，百万用户中）', bar: { p95Ms: 20 }, paths: demandList, cookies },
    { name: '首页统计 /api/home/stats', bar: { p95Ms: 10 }, paths: ['/api/home/stats'] },
  ];
  if (officeCookie)
    scenarios.push({
      name: '后台：融资需求（金融办，按时间）',
      bar: { p95Ms: 100 },
      paths: [
        '/api/admin/financing-demands?_start=0&_end=10',
        '/api/admin/financing-demands?_start=0&_end=10&status=pending&_sort=createdAt&_order=desc',
        '/api/admin/financing-demands?_start=20&_end=30&pooled=true',
      ],
      cookies: [officeCookie],
    });
  if (bankCookie)
    scenarios.push({
      name: '后台：融资需求（金融机构）',
      bar: { p95Ms: 100 },
      paths: [
        '/api/admin/financing-demands?_start=0&_end=10',
        '/api/admin/financing-demands?_start=10&_end=20&status=pending',
      ],
      cookies: [bankCookie],
    });

  // Warm the caches and the connection pool, then measure.
  for (const s of scenarios) await measureWarmup(base, s);
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ');
  console.log(`机器负载（1/5/15 分钟）：${load()}（${os.cpus().length} 核；共享机器，以对地板比为准）`);
  const rows: Measured[] = [];
  for (const s of scenarios) {
    process.stdout.write(`测量：${s.name} …\n`);
    rows.push(await measure(base, s));
  }
  // The floor again at the end: how much the machine's load drifted during the run.
  process.stdout.write('测量：地板复测 …\n');
  rows.push({ ...(await measure(base, scenarios[0])), name: '地板复测（漂移参考）' });
  console.log(`机器负载（结束时）：${load()}`);
  report(rows);
  // Let the last run's requests in flight finish before capturing queries.
  await new Promise((resolve) => setTimeout(resolve, 2_000));

  await explainRequest(db, base, '金融超市搜索', market[1]);
  await explainRequest(db, base, '金融超市搜索（地区+标签）', market[3]);
  await explainRequest(db, base, '申请记录', loanList[0], cookies[0]);
  await explainRequest(db, base, '需求记录', demandList[0], cookies[0]);
  if (bankCookie)
    await explainRequest(
      db,
      base,
      '后台融资需求（金融机构）',
      '/api/admin/financing-demands?_start=0&_end=10',
      bankCookie,
    );

  await db('sessions').where('user_agent', 'jrpt-bench').delete();
  server.close();
  await db.destroy();
}

async function measureWarmup(base: string, s: Scenario) {
  for (let k = 0; k < Math.min(50, s.paths.length * 5); k++) {
    const res = await fetch(base + s.paths[k % s.paths.length], {
      headers: s.cookies ? { cookie: s.cookies[k % s.cookies.length] } : {},
    });
    await res.arrayBuffer();
    if (res.status >= 400 && k === 0) console.warn(`  ${s.name}: ${s.paths[0]} → ${res.status}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
