// Sharding's small rules, without processes: which shard a guild is on (the fake must agree with Discord),
// how a shard process recognises itself, and what it runs.
import { describe, expect, it } from 'vitest';
import { shardEnvironment, shardFromEnv } from '../../adapters/discord/shard-process.js';
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
