// Vitest configuration: one suite for unit, integration and e2e tests under test/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Migrates and seeds one SQLite template per run; harnesses copy it (test/helpers/template-database.ts).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Database-backed suites share PostgreSQL/MariaDB schemas; each suite uses its own schema/db name.
    fileParallelism: true,
  },
});
