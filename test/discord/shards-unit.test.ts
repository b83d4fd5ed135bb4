// Sharding's small rules, without processes: which shard a guild is on (the fake must agree with Discord),
// how a shard process recognises itself, and what it runs.
import { afterEach, describe, expect, it } from 'vitest';
import { createShardFleet } from '../../adapters/discord/shard-fleet.js';
import { shardEnvironment, shardFromEnv } from '../../adapters/discord/shard-process.js';
import { createSilentLogger } from '../../src/logger.js';
import { startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { guildIdOnShard, shardOf } from '../fakes/discord/gateway.js';

describe('the fake gateway’s shard formula', () => {
  it('is Discord’s: (guild_id >> 22) % count, e.g. guild 81384788765712384 of 17 shards is on shard 7', () => {
    expect(shardOf('81384788765712384', 17)).toBe(7);
    expect(shardOf('81384788765712384', 1)).toBe(0);
  });

  it('makes guild ids for a chosen shard', () => {
    for (const count of [2, 3, 16]) {
      for (let shard = 0; shard < count; shard += 1)
        expect(shardOf(guildIdOnShard(shard, count), count)).toBe(shard);
    }
  });
});

describe('a shard process', () => {
  it('knows its shard from the variables the ShardingManager sets, and nothing else', () => {
    expect(shardFromEnv({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' })).toEqual({
      id: 1,
      count: 2,
    });
    expect(shardFromEnv({ SHARDS: '1', SHARD_COUNT: '2' })).toBeUndefined();
    expect(shardFromEnv({ SHARDING_MANAGER: 'true', SHARDS: '2', SHARD_COUNT: '2' })).toBeUndefined();
    expect(shardFromEnv({ DISCORD_SHARDS: '2' })).toBeUndefined();
  });

  it('leaves the HTTP port to the manager, runs no console, and runs Slack in shard 0 only', () => {
    const env = { HTTP_PORT: '8080', CONSOLE: 'on', SLACK_BOT_TOKEN: 'xoxb', SLACK_APP_TOKEN: 'xapp' };
    expect(shardEnvironment(env, { id: 0, count: 2 })).toMatchObject({
      HTTP_PORT: '',
      CONSOLE: 'off',
      SLACK_BOT_TOKEN: 'xoxb',
      SLACK_APP_TOKEN: 'xapp',
    });
    expect(shardEnvironment(env, { id: 1, count: 2 })).toMatchObject({
      HTTP_PORT: '',
      CONSOLE: 'off',
      SLACK_BOT_TOKEN: '',
      SLACK_APP_TOKEN: '',
    });
  });
});

describe('DISCORD_SHARDS=auto', () => {
  // discord.js's ShardingManager sets these in its own process; keep them out of the other specs.
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of ['SHARDING_MANAGER', 'SHARDING_MANAGER_MODE', 'DISCORD_TOKEN']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('asks Discord (GET /gateway/bot, at DISCORD_API_BASE_URL) how many shards to start', async () => {
    const fake = await startFakeDiscord();
    try {
      fake.state.recommendedShards = 3;
      const fleet = await createShardFleet({
        file: new URL(import.meta.url).pathname,
        token: fake.token,
        shards: 'auto',
        apiBaseUrl: fake.apiBaseUrl,
        logger: createSilentLogger(),
      });
      expect(fleet.count).toBe(3);
      expect(fake.callsTo('GET', /^\/gateway\/bot$/)).toHaveLength(1);
      const fixed = await createShardFleet({
        file: new URL(import.meta.url).pathname,
        token: fake.token,
        shards: 2,
        apiBaseUrl: fake.apiBaseUrl,
        logger: createSilentLogger(),
      });
      expect(fixed.count).toBe(2);
      expect(fake.callsTo('GET', /^\/gateway\/bot$/)).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});
