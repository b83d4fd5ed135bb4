// Recognise a unique-key violation across SQLite, PostgreSQL and MySQL/MariaDB drivers.

/** True when `error` is a duplicate-key error from any supported driver. */
export function isUniqueViolation(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, errno } = error as { code?: unknown; errno?: unknown };
  return (
    code === '23505' ||
    code === 'ER_DUP_ENTRY' ||
    errno === 1062 ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

/** True when the database chose this statement as a deadlock victim (InnoDB 1213, PostgreSQL 40P01). */
export function isDeadlock(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, errno } = error as { code?: unknown; errno?: unknown };
  return code === 'ER_LOCK_DEADLOCK' || errno === 1213 || code === '40P01';
}

/**
 * Run a short statement again when it loses a deadlock. With several instances on one MariaDB, two
 * workers' updates of the jobs table can take index locks in opposite orders; InnoDB then rolls one
 * back and expects the caller to retry, which is all this does (a few times, with a short pause).
 */
export async function retryOnDeadlock<T>(statement: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await statement();
    } catch (error) {
      if (!isDeadlock(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    }
  }
}
