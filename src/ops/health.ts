// What /healthz answers: healthy when the database answers and every enabled platform is connected.
import type { Knex } from 'knex';
import type { ConnectionState, PlatformAdapter } from '../platform/types.js';

export interface HealthReport {
  ok: boolean;
  database: 'ok' | 'down';
  platforms: Record<string, ConnectionState>;
  /** Why it is unhealthy, in words an operator reads in `docker ps` or a probe log. */
  reason?: string | undefined;
}

/** Decide health from the parts' states (pure). */
export function judgeHealth(
  database: 'ok' | 'down',
  platforms: Record<string, ConnectionState>,
): HealthReport {
  const reasons: string[] = [];
  if (database === 'down') reasons.push('database does not answer');
  for (const [platform, state] of Object.entries(platforms)) {
    if (state !== 'connected') reasons.push(`${platform} is ${state}`);
  }
  return {
    ok: reasons.length === 0,
    database,
    platforms,
    ...(reasons.length ? { reason: reasons.join('; ') } : {}),
  };
}

/** Ask the database (bounded by `timeoutMs`) and the adapters, then judge. */
export async function checkHealth(options: {
  knex: Knex;
  adapters: readonly PlatformAdapter[];
  timeoutMs?: number | undefined;
}): Promise<HealthReport> {
  const timeoutMs = options.timeoutMs ?? 2000;
  let timer: NodeJS.Timeout | undefined;
  const database = await Promise.race([
    options.knex.raw('select 1').then(
      () => 'ok' as const,
      () => 'down' as const,
    ),
    new Promise<'down'>((resolve) => {
      timer = setTimeout(() => resolve('down'), timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
  const platforms: Record<string, ConnectionState> = {};
  for (const adapter of options.adapters) platforms[adapter.platform] = adapter.connection?.() ?? 'connected';
  return judgeHealth(database, platforms);
}
