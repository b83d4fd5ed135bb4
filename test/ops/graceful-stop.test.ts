// SIGTERM and SIGINT to a real `npm start`: exit 0 within SHUTDOWN_TIMEOUT_MS, one friendly line and no
// stack trace, whatever the connections are doing; a second signal quits at once; nothing is lost.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { createEnglishCv } from '../fakes/pdf-factory.js';
import { FAKE_CREDENTIALS, type FakeSlack, startFakeSlack } from '../fakes/slack/fake-slack.js';
import { buildIfStale, npmStart, type RunningBot, STACK_FRAME } from './npm-start.js';

const SHUTDOWN_TIMEOUT_MS = 4000;
const STOPPING_LINE = /Stopping \(SIGTERM\): no new messages/g;
const started: RunningBot[] = [];

function bot(env: Record<string, string>): RunningBot {
  const running = npmStart({ SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS), ...env });
  started.push(running);
  return running;
}

/** Send SIGTERM to npm (as `docker stop` or a terminal would) and check how the process ended. */
async function terminate(running: RunningBot, signal: NodeJS.Signals = 'SIGTERM') {
  const sentAt = Date.now();
  running.child.kill(signal);
  const { code, at } = await running.exited;
  const output = running.output();
  expect(output).not.toMatch(STACK_FRAME);
  expect(code).toBe(0);
  // The margin covers npm and a loaded machine; without the bound a dead Socket Mode server kept it up for minutes.
  expect(at - sentAt).toBeLessThan(SHUTDOWN_TIMEOUT_MS + 5000);
  return output;
}

const slackEnv = (fake: FakeSlack) => ({
  SLACK_BOT_TOKEN: FAKE_CREDENTIALS.botToken,
  SLACK_APP_TOKEN: FAKE_CREDENTIALS.appToken,
  SLACK_API_URL: fake.api.apiUrl,
});
const discordEnv = (fake: FakeDiscord) => ({
  DISCORD_TOKEN: fake.token,
  DISCORD_APP_ID: fake.appId,
  DISCORD_API_BASE_URL: fake.apiBaseUrl,
});
const dataDir = () => ({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'graceful-')) });

describe('graceful stop of npm start', () => {
  beforeAll(() => buildIfStale(), 240_000);
  afterAll(() => {
    for (const running of started) running.child.kill('SIGKILL');
  });

  it('stops a console interview mid-question with exit 0, and the restart continues at that question', async () => {
    const env = { ...dataDir(), CONSOLE: 'on', USER: 'sigterm-test', FOLLOW_UPS: 'false' };
    const cvPath = path.join(env.DATA_DIR, 'cv.pdf');
    writeFileSync(cvPath, await createEnglishCv());
    const first = bot(env);
    first.child.stdin.write('/interview start be\n');
    await first.waitFor(/type the path to your CV/);
    first.child.stdin.write(`${cvPath}\n`);
    await first.waitFor(/Question 1 of 5/);
    first.child.stdin.write('A B-tree index keeps keys sorted, so a lookup reads log n pages.\n');
    const before = await first.waitFor(/Question 2 of 5/);
    const secondQuestion = /Question 2 of 5 · Technical\n(.+)\n/.exec(before)?.[1];
    const output = await terminate(first);
    expect(output.match(STOPPING_LINE)).toHaveLength(1);

    const second = bot(env);
    await second.waitFor(/Welcome back/);
    await second.waitFor(/Current question/);
    expect(second.output()).toContain(secondQuestion!);
    await terminate(second);

    const knex = openDatabase({ client: 'sqlite', filename: path.join(env.DATA_DIR, 'interview.sqlite') });
    try {
      const turns = await knex('turns').orderBy('seq');
      expect(turns[0].answer).toMatch(/B-tree/);
      expect(turns.filter((turn) => turn.answer)).toHaveLength(1);
      const jobs = await knex('jobs').whereIn('status', ['running']);
      expect(jobs).toEqual([]);
    } finally {
      await knex.destroy();
    }
  }, 180_000);

  it('stops a Slack bot whose Socket Mode server went away (reconnecting)', async () => {
    const fake = await startFakeSlack();
    const running = bot({ ...dataDir(), ...slackEnv(fake), HTTP_PORT: '0' });
    await running.waitFor(/interview bot started/i);
    await fake.socket.close();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await terminate(running);
    await fake.close().catch(() => {});
  }, 120_000);

  it('stops a Slack bot that never managed to connect (connecting)', async () => {
    const fake = await startFakeSlack();
    await fake.socket.close();
    const running = bot({ ...dataDir(), ...slackEnv(fake) });
    await running.waitFor(/question bank loaded/);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await terminate(running);
    await fake.close().catch(() => {});
  }, 120_000);

  it('stops a Discord bot whose gateway and REST went away (down)', async () => {
    const fake = await startFakeDiscord();
    const running = bot({ ...dataDir(), ...discordEnv(fake) });
    await running.waitFor(/interview bot started/i);
    await fake.close();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await terminate(running);
  }, 120_000);

  it('quits at once on a second signal', async () => {
    const fake = await startFakeSlack();
    await fake.socket.close();
    const running = bot({ ...dataDir(), ...slackEnv(fake), SHUTDOWN_TIMEOUT_MS: '60000' });
    await running.waitFor(/question bank loaded/);
    running.child.kill('SIGINT');
    await running.waitFor(/Stopping \(SIGINT\)/);
    const sentAt = Date.now();
    running.child.kill('SIGINT');
    const { at } = await running.exited;
    expect(at - sentAt).toBeLessThan(2000);
    expect(running.output()).not.toMatch(STACK_FRAME);
    await fake.close().catch(() => {});
  }, 120_000);
});
