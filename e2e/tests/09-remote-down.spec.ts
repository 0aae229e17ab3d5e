import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_PORTS } from '../support/ports';

const root = path.resolve(import.meta.dirname, '../..');

async function stopEquity() {
  const pids = JSON.parse(process.env.E2E_PIDS ?? '{}') as Record<string, number>;
  const pid = pids['mf-equity'];
  expect(pid, 'global setup recorded the mf-equity server').toBeTruthy();
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // Already stopped (a retry of this test): fine.
  }
  await expect
    .poll(async () =>
      fetch(`http://127.0.0.1:${E2E_PORTS.equity}/healthz`).then(
        () => 'up',
        () => 'down',
      ),
    )
    .toBe('down');
}

function startEquity() {
  const env = {
    ...process.env,
    ...JSON.parse(process.env.E2E_APP_ENV ?? '{}'),
    PORT: String(E2E_PORTS.equity),
  };
  return spawn(process.execPath, [path.join(root, 'mf-equity/server.mjs')], { env, stdio: 'ignore' });
}

// Runs last among the portal journeys: it leaves the equity micro-frontend stopped.
test('with the equity micro-frontend stopped, the portal still works and shows 重试', async ({ page }) => {
  await stopEquity();
  const equity = { child: null as ReturnType<typeof startEquity> | null };
  try {
    await page.goto('/equity');
    const fallback = page.getByRole('alert').filter({ hasText: '暂时无法加载' });
    await expect(fallback).toBeVisible();
    await expect(fallback.getByRole('button', { name: /重\s*试/ })).toBeVisible();

    // The header, the navigation and the other micro-frontends keep working.
    await page.getByRole('navigation').first().getByRole('link', { name: '金融超市' }).click();
    await expect(page.getByRole('link', { name: '抗疫贷' })).toBeVisible();
    await page.getByRole('navigation').first().getByRole('link', { name: '首页' }).click();
    await expect(page.getByText('注册用户数')).toBeVisible();

    // Still down when the visitor comes back to it; then the server returns and 重试 loads it in place.
    await page.getByRole('navigation').first().getByRole('link', { name: '股权融资' }).click();
    await expect(fallback).toBeVisible();
    equity.child = startEquity();
    await expect
      .poll(async () =>
        fetch(`http://127.0.0.1:${E2E_PORTS.equity}/healthz`).then(
          (r) => r.status,
          () => 0,
        ),
      )
      .toBe(200);
    await fallback.getByRole('button', { name: /重\s*试/ }).click();
    await expect(page.getByText('远洋医疗健康投资基金')).toBeVisible();
  } finally {
    // The global teardown knows only the processes it started: stop ours here.
    equity.child?.kill('SIGTERM');
  }
});
