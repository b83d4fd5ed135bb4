// Configuration is parsed once, fails fast naming the variable, and never echoes a value.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envSchema } from '../../src/config/env-schema.js';
import { ConfigError, loadConfig } from '../../src/config/load-config.js';

describe('configuration', () => {
  it('runs on the embedded default with no variables at all: SQLite under ./data, console, offline', () => {
    const config = loadConfig({});
    expect(config.database.client).toBe('sqlite');
    expect(config.database.client === 'sqlite' && config.database.filename).toMatch(
      /data\/interview\.sqlite$/,
    );
    expect(config.consoleEnabled).toBe(true);
    expect(config.llm.endpoints).toEqual([]);
    expect(Object.isFrozen(config.env)).toBe(true);
  });

  it('names a bad variable without printing its value', () => {
    const secret = 'definitely-not-a-number-sk-secret';
    const messageFor = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      throw new Error('expected a ConfigError');
    };
    const quota = messageFor({ SESSION_QUOTA: secret, LOG_LEVEL: secret });
    expect(quota).toMatch(/SESSION_QUOTA/);
    expect(quota).toMatch(/LOG_LEVEL/);
    expect(quota).not.toContain(secret);
    const database = messageFor({ DATABASE_URL: 'ftp://user:hunter2@host/db' });
    expect(database).toMatch(/DATABASE_URL/);
    expect(database).not.toContain('hunter2');
  });

  it('reads the session lock lease, 30 s by default, refusing lengths a renewal could not keep up with', () => {
    expect(loadConfig({}).env.SESSION_LOCK_LEASE_MS).toBe(30_000);
    expect(loadConfig({ SESSION_LOCK_LEASE_MS: '5000' }).env.SESSION_LOCK_LEASE_MS).toBe(5000);
    for (const bad of ['500', '600001', 'soon', '1.5']) {
      expect(() => loadConfig({ SESSION_LOCK_LEASE_MS: bad }), bad).toThrow(/SESSION_LOCK_LEASE_MS/);
    }
  });

  it('reads DISCORD_SHARDS as a count or auto, only with Discord on and a database several processes share', () => {
    const discord = { DISCORD_TOKEN: 'x', DISCORD_APP_ID: '1' };
    const pg = { ...discord, DATABASE_URL: 'postgres://u@h/db' };
    expect(loadConfig(discord).env.DISCORD_SHARDS).toBeUndefined();
    expect(loadConfig({ ...discord, DISCORD_SHARDS: '' }).env.DISCORD_SHARDS).toBeUndefined();
    expect(loadConfig({ ...pg, DISCORD_SHARDS: '2' }).env.DISCORD_SHARDS).toBe(2);
    expect(loadConfig({ ...pg, DISCORD_SHARDS: 'auto' }).env.DISCORD_SHARDS).toBe('auto');
    expect(loadConfig({ ...discord, DISCORD_SHARDS: '1' }).env.DISCORD_SHARDS).toBe(1);
    for (const bad of ['0', 'two', '-1', '2.5', 'AUTO ']) {
      expect(() => loadConfig({ ...pg, DISCORD_SHARDS: bad }), bad).toThrow(
        /DISCORD_SHARDS: must be a number of shards \(1 to 9999\) or auto/,
      );
    }
    expect(() => loadConfig({ ...discord, DISCORD_SHARDS: '2' })).toThrow(
      /DISCORD_SHARDS: .*PostgreSQL or MariaDB/,
    );
    expect(() => loadConfig({ DISCORD_SHARDS: '2', DATABASE_URL: 'postgres://u@h/db' })).toThrow(
      /DISCORD_SHARDS: .*DISCORD_TOKEN is required/,
    );
  });

  it('sizes the offline worker pool automatically unless told a thread count (0: on the event loop)', () => {
    expect(loadConfig({}).env.OFFLINE_WORKERS).toBe('auto');
    expect(loadConfig({ OFFLINE_WORKERS: '0' }).env.OFFLINE_WORKERS).toBe(0);
    expect(loadConfig({ OFFLINE_WORKERS: '3' }).env.OFFLINE_WORKERS).toBe(3);
    for (const bad of ['-1', '33', 'many', '1.5']) {
      expect(() => loadConfig({ OFFLINE_WORKERS: bad }), bad).toThrow(/OFFLINE_WORKERS/);
    }
  });

  it('turns platforms on by their tokens and requires their companions', () => {
    expect(() => loadConfig({ DISCORD_TOKEN: 'x' })).toThrow(/DISCORD_APP_ID/);
    const both = loadConfig({
      DISCORD_TOKEN: 'x',
      DISCORD_APP_ID: '1',
      SLACK_BOT_TOKEN: 'y',
      SLACK_APP_TOKEN: 'z',
    });
    expect(both.discordEnabled && both.slackEnabled).toBe(true);
    expect(both.consoleEnabled).toBe(false);
  });

  it('parses database URLs for each dialect', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).database.client).toBe('pg');
    expect(loadConfig({ DATABASE_URL: 'mariadb://u@h/db' }).database).toEqual({
      client: 'mysql',
      url: 'mysql://u@h/db',
    });
    expect(loadConfig({ DATABASE_URL: 'sqlite::memory:' }).database).toEqual({
      client: 'sqlite',
      filename: ':memory:',
    });
  });

  it('lists every variable in .env.example', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    for (const name of Object.keys(envSchema.shape)) expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
  });
});
