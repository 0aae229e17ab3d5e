/**
 * Starts the whole platform the way it is deployed: the API and each front end as its own server
 * process. Used by `npm start` (scripts/start.mjs) and by the browser tests (e2e/global-setup.ts).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULT_PORTS = {
  api: 3000,
  portal: 8080,
  market: 8081,
  equity: 8082,
  personal: 8083,
  admin: 8090,
};

export const DEMO_ACCOUNTS = [
  { where: '门户 (个人)', login: '18809386116', password: 'Jrpt@2026', who: '个人用户 张三' },
  {
    where: '门户 (企业)',
    login: '13909386116',
    password: 'Jrpt@2026',
    who: '企业用户 天水市麦积区惠民农产品有限公司',
  },
  { where: '管理后台', login: 'office', password: 'Jrpt@2026', who: '金融办 (office)' },
  { where: '管理后台', login: 'gsbank', password: 'Jrpt@2026', who: '金融机构 甘肃银行 (institution)' },
  { where: '管理后台', login: 'gov', password: 'Jrpt@2026', who: '政府机构 (government, read-only)' },
];

/** Ports from the environment (API_PORT, PORTAL_PORT, MF_MARKET_PORT, MF_EQUITY_PORT, MF_PERSONAL_PORT, ADMIN_PORT). */
export function portsFromEnv(env = process.env) {
  const pick = (name, fallback) => (env[name] ? Number(env[name]) : fallback);
  return {
    api: pick('API_PORT', DEFAULT_PORTS.api),
    portal: pick('PORTAL_PORT', DEFAULT_PORTS.portal),
    market: pick('MF_MARKET_PORT', DEFAULT_PORTS.market),
    equity: pick('MF_EQUITY_PORT', DEFAULT_PORTS.equity),
    personal: pick('MF_PERSONAL_PORT', DEFAULT_PORTS.personal),
    admin: pick('ADMIN_PORT', DEFAULT_PORTS.admin),
  };
}

export function urls(ports, host = 'localhost') {
  return {
    api: `http://${host}:${ports.api}`,
    portal: `http://${host}:${ports.portal}`,
    market: `http://${host}:${ports.market}`,
    equity: `http://${host}:${ports.equity}`,
    personal: `http://${host}:${ports.personal}`,
    admin: `http://${host}:${ports.admin}`,
  };
}

async function waitFor(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * @param {{ ports?: typeof DEFAULT_PORTS, env?: NodeJS.ProcessEnv, output?: 'inherit' | 'ignore' | 'prefixed' }} options
 */
export async function startPlatform(options = {}) {
  const ports = options.ports ?? portsFromEnv();
  const u = urls(ports);
  const baseEnv = { ...process.env, ...options.env };
  const apiUrl = `http://127.0.0.1:${ports.api}`;
  const children = [];

  const launch = (name, script, env) => {
    const child = spawn(process.execPath, [path.join(root, script)], {
      cwd: root,
      env: { ...baseEnv, ...env },
      stdio: options.output === 'ignore' ? 'ignore' : ['ignore', 'pipe', 'pipe'],
    });
    if (options.output !== 'ignore') {
      const prefix = `[${name}] `;
      for (const stream of [child.stdout, child.stderr]) {
        let rest = '';
        stream.on('data', (chunk) => {
          const lines = (rest + chunk.toString()).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) process.stdout.write(prefix + line + '\n');
        });
      }
    }
    children.push({ name, child });
    return child;
  };

  const stop = async () => {
    await Promise.all(
      children.map(
        ({ child }) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
            child.once('exit', () => resolve(undefined));
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 8000).unref();
          }),
      ),
    );
  };

  try {
    const api = launch('api', 'api/dist/server.js', { PORT: String(ports.api) });
    await waitFor(`${apiUrl}/api/health`, api, 120_000);
    const apps = [
      ['mf-market', 'mf-market/server.mjs', ports.market],
      ['mf-equity', 'mf-equity/server.mjs', ports.equity],
      ['mf-personal', 'mf-personal/server.mjs', ports.personal],
      ['admin', 'admin/server.mjs', ports.admin],
      ['portal-shell', 'portal-shell/server.mjs', ports.portal],
    ];
    const appEnv = {
      API_URL: apiUrl,
      MF_MARKET_URL: `${u.market}/mf-manifest.json`,
      MF_EQUITY_URL: `${u.equity}/mf-manifest.json`,
      MF_PERSONAL_URL: `${u.personal}/mf-manifest.json`,
    };
    await Promise.all(
      apps.map(([name, script, port]) => {
        const child = launch(name, script, { ...appEnv, PORT: String(port) });
        return waitFor(`http://127.0.0.1:${port}/healthz`, child, 30_000);
      }),
    );
  } catch (err) {
    await stop();
    throw err;
  }

  /** Stop one app (the browser tests stop a micro-frontend to see the portal survive). */
  const stopApp = async (name) => {
    const entry = children.find((c) => c.name === name);
    if (!entry) throw new Error(`no app ${name}`);
    await new Promise((resolve) => {
      if (entry.child.exitCode !== null) return resolve(undefined);
      entry.child.once('exit', () => resolve(undefined));
      entry.child.kill('SIGTERM');
    });
  };

  return { ports, urls: u, stop, stopApp, children };
}
