/**
 * Periodic sweeps (overdue flags, reminders, clean-ups). Each module exports its sweeps; modules/index.ts
 * lists them; server.ts runs them every minute. A sweep must be idempotent and safe when two API instances
 * run it at once: it changes each row with a conditional update and acts only on the rows it changed.
 */
import type { AppDeps } from '../../app-deps.js';
import { forgetOldIdempotencyKeys } from './idempotency.js';

export interface Sweep {
  name: string;
  /** Returns how many rows it handled. */
  run(deps: AppDeps, now: Date): Promise<number>;
}

export async function runSweeps(deps: AppDeps, sweeps: readonly Sweep[], now = deps.now()) {
  const handled: Record<string, number> = {};
  for (const sweep of sweeps) {
    try {
      handled[sweep.name] = await sweep.run(deps, now);
    } catch (err) {
      deps.logger.error({ err, sweep: sweep.name }, 'sweep failed');
      handled[sweep.name] = -1;
    }
  }
  return handled;
}

/** Runs the sweeps every `intervalMs` (never two rounds at once in this process); returns a stop function. */
export function startSweeper(deps: AppDeps, sweeps: readonly Sweep[], intervalMs = 60_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runSweeps(deps, sweeps)
      .then((handled) => {
        if (Object.values(handled).some((n) => n !== 0)) deps.logger.info({ handled }, 'sweeps ran');
      })
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** The workflow core's own sweeps. */
export const workflowSweeps: Sweep[] = [
  { name: 'idempotency-keys', run: (deps, now) => forgetOldIdempotencyKeys(deps.db, now) },
];
