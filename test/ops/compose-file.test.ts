// compose.yaml: the bot and PostgreSQL 16, health-gated, with a named volume and only variables the bot
// reads. No container can run here, so the file is checked by structure and, where a Compose CLI is
// installed (CI installs Debian's docker-compose), by `compose config`, the real schema validation.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { envSchema } from '../../src/config/env-schema.js';

const root = path.resolve(import.meta.dirname, '../..');
const composePath = path.join(root, 'compose.yaml');

interface Service {
  image?: string;
  build?: string | { context: string };
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  stop_grace_period?: string;
}
const compose = parse(fs.readFileSync(composePath, 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const bot = compose.services.bot!;
const postgres = compose.services.postgres!;

/** The Compose CLI on this machine, if any: the Docker plugin or Debian's docker-compose. */
function composeCli(): string[] | undefined {
  for (const command of [['docker', 'compose'], ['docker-compose']]) {
    const probe = spawnSync(command[0]!, [...command.slice(1), 'version'], { encoding: 'utf8' });
    if (probe.status === 0) return command;
  }
  return undefined;
}
const cli = composeCli();

describe('compose.yaml', () => {
  it('runs the bot built from this repository and PostgreSQL 16, nothing else', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['bot', 'postgres']);
    expect(postgres.image).toMatch(/^postgres:16(\b|-)/);
    expect(bot.build).toBe('.');
  });

  it('keeps the database in a named volume', () => {
    const mount = postgres.volumes?.find((volume) => volume.endsWith(':/var/lib/postgresql/data'));
    expect(mount).toBeDefined();
    const name = mount!.split(':')[0]!;
    expect(name).not.toMatch(/^[./]/);
    expect(Object.keys(compose.volumes)).toContain(name);
  });

  it('starts the bot only once PostgreSQL reports healthy', () => {
    expect(postgres.healthcheck?.test.join(' ')).toContain('pg_isready');
    expect(bot.depends_on?.postgres?.condition).toBe('service_healthy');
  });

  it('points the bot at that database and serves the health check the image probes', () => {
    const user = (postgres as { environment: Record<string, string> }).environment.POSTGRES_USER;
    expect(bot.environment?.DATABASE_URL).toMatch(new RegExp(`^postgres://${user}:.+@postgres:5432/`));
    expect(bot.environment?.HTTP_PORT).toBeDefined();
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*HTTP_PORT[\s\S]*\/healthz/);
  });

  it('sets only variables the bot reads, each described in .env.example', () => {
    const example = fs.readFileSync(path.join(root, '.env.example'), 'utf8');
    for (const name of Object.keys(bot.environment ?? {})) {
      expect(Object.keys(envSchema.shape), name).toContain(name);
      expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
    }
  });

  it('gives a stopping bot longer than its own default shutdown deadline', () => {
    const seconds = Number(/^(\d+)s$/.exec(bot.stop_grace_period ?? '')?.[1]);
    const defaultShutdownMs = envSchema.shape.SHUTDOWN_TIMEOUT_MS.parse(undefined);
    expect(seconds * 1000).toBeGreaterThan(defaultShutdownMs);
  });

  it.skipIf(!cli)('passes `compose config` (the Compose schema)', () => {
    const result = spawnSync(cli![0]!, [...cli!.slice(1), '-f', composePath, 'config', '-q'], {
      encoding: 'utf8',
      cwd: root,
      env: { ...process.env, COMPOSE_PROJECT_NAME: 'compose-config-test' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
