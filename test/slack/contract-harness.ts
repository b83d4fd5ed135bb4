// The adapter contract's rig for Slack: the whole bot on SQLite, real Bolt, the fake Slack, one mode at a time.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSlackAdapter } from '../../adapters/slack/slack-adapter.js';
import { type Bot, createBot } from '../../commands/create-bot.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createSilentLogger } from '../../src/logger.js';
import type { PlatformAdapter } from '../../src/platform/types.js';
import type { AdapterHarness } from '../contract/adapter-contract.js';
import { CONTRACT_ENV } from '../contract/adapter-contract.js';
import { latestButton, latestSessionThread, transcriptOf } from '../fakes/slack/conversation-reader.js';
import { FAKE_CREDENTIALS, type FakeSlack, startFakeSlack } from '../fakes/slack/fake-slack.js';
import { blockActions, messageEvent, slashCommand } from '../fakes/slack/payloads.js';
import { createHttpDriver, createSocketDriver, type SlackDriver } from '../fakes/slack/slack-driver.js';
import { type SlackMode, waitFor } from './harness.js';
import { sqliteFileFromTemplate } from '../helpers/template-database.js';

/** Contract users are plain names; on Slack they become member ids like UALICE. */
const slackId = (user: string) => `U${user.toUpperCase()}`;

/** The contract rig plus what only Slack has: member locales and Slack's event retries. */
export interface SlackContractHarness extends AdapterHarness {
  /** What users.info says about the member (defaults: English, not an admin). */
  setMember(user: string, info: { locale?: string; isAdmin?: boolean }): void;
  /** Send an answer in the session thread, then Slack's retry of the very same event. */
  sayTwiceAsSlackRetries(user: string, text: string): Promise<void>;
  /** The fake Web API the bot talks to (its calls and uploads). */
  api(): FakeSlack['api'];
  /** The Slack user id of a person of the test. */
  userId(user: string): string;
}

export function createSlackContractHarness(mode: SlackMode): SlackContractHarness {
  const dir = mkdtempSync(path.join(os.tmpdir(), `slack-contract-${mode}-`));
  let fake: FakeSlack | undefined;
  let bot: Bot | undefined;
  let driver: SlackDriver | undefined;
  let env: Record<string, string> = {};
  let uploads = 0;
  const members = new Map<string, { locale?: string; isAdmin?: boolean }>();
  // Slack acks before the bot has acted; a person would not upload a CV within a millisecond of
  // typing the command, so each step waits until the core has handled what was sent before it.
  let sent = 0;
  let handled = 0;

  const slack = () => {
    if (!fake || !driver) throw new Error('harness not started');
    return { fake, driver };
  };

  const boot = async () => {
    const { fake } = slack();
    const config = loadConfig({
      ...CONTRACT_ENV,
      ...env,
      CONSOLE: 'off',
      DATABASE_URL: `sqlite:${sqliteFileFromTemplate(path.join(dir, 'bot.sqlite'))}`,
      SLACK_BOT_TOKEN: FAKE_CREDENTIALS.botToken,
      ...(mode === 'socket'
        ? { SLACK_APP_TOKEN: FAKE_CREDENTIALS.appToken }
        : { SLACK_SIGNING_SECRET: FAKE_CREDENTIALS.signingSecret }),
      SLACK_API_URL: fake.api.apiUrl,
    });
    const adapter = createSlackAdapter({
      botToken: FAKE_CREDENTIALS.botToken,
      appToken: config.env.SLACK_APP_TOKEN,
      signingSecret: config.env.SLACK_SIGNING_SECRET,
      port: 0,
      adminUserIds: config.env.SLACK_ADMIN_USER_IDS,
      apiUrl: config.env.SLACK_API_URL,
      logger: createSilentLogger(),
      retryConfig: { retries: 0 },
    });
    const counted: PlatformAdapter = {
      platform: adapter.platform,
      capabilities: adapter.capabilities,
      start: (sink) =>
        adapter.start(async (event) => {
          try {
            return await sink(event);
          } finally {
            handled += 1;
          }
        }),
      stop: () => adapter.stop(),
      send: (ref, message) => adapter.send(ref, message),
      update: (handle, message) => adapter.update(handle, message),
      openConversation: (user, hint) => adapter.openConversation(user, hint),
      registerCommands: (commands) => adapter.registerCommands(commands),
    };
    bot = await createBot({ config, logger: createSilentLogger(), adapters: [counted] });
    await bot.start();
    driver =
      mode === 'socket'
        ? createSocketDriver(fake.socket)
        : createHttpDriver(
            `http://127.0.0.1:${adapter.httpPort}/slack/events`,
            FAKE_CREDENTIALS.signingSecret,
          );
  };

  /** Deliver one payload and wait until the core has handled it. */
  const deliver = async (send: (driver: SlackDriver) => Promise<unknown>) => {
    const target = ++sent;
    await send(slack().driver);
    await waitFor(() => handled >= target, 15_000);
  };

  /** A message from `user` in their DM: in the session thread unless `topLevel`. */
  const dm = async (user: string, fields: Parameters<typeof messageEvent>[0], topLevel = false) => {
    const threadTs = topLevel ? undefined : latestSessionThread(slack().fake.api, slackId(user));
    await deliver((driver) =>
      driver.event(messageEvent({ ...fields, userId: slackId(user), ...(threadTs ? { threadTs } : {}) })),
    );
  };

  return {
    api: () => slack().fake.api,
    userId: (user) => slackId(user),
    async start(extra = {}) {
      env = extra;
      fake = await startFakeSlack();
      driver = createSocketDriver(fake.socket);
      await boot();
    },
    async restart() {
      await bot?.stop();
      await boot();
    },
    async stop() {
      await bot?.stop();
      await fake?.close();
    },
    async command(user, text) {
      const { fake } = slack();
      const member = members.get(user) ?? {};
      fake.api.setUser({
        id: slackId(user),
        name: user,
        locale: member.locale ?? 'en-US',
        is_admin: member.isAdmin ?? false,
      });
      const responseUrlBase = `${fake.api.responseUrlBase}${slackId(user)}/`;
      const payload = slashCommand({ text, userId: slackId(user), channelId: 'C0GENERAL', responseUrlBase });
      await deliver((driver) => driver.command(payload));
    },
    say: (user, text) => dm(user, { text }),
    async upload(user, fileName, bytes, contentType) {
      const { fake } = slack();
      const id = `F${++uploads}`;
      const url = fake.files.add(`${id}-${fileName}`, { bytes, contentType });
      const file = {
        id,
        name: fileName,
        mimetype: contentType,
        filetype: path.extname(fileName).slice(1),
        size: bytes.byteLength,
        url_private_download: url,
      };
      await dm(user, { subtype: 'file_share', files: [file] });
    },
    async click(user, action) {
      const { fake } = slack();
      const button = latestButton(fake.api, slackId(user), `interview:${action}`);
      if (!button) throw new Error(`no ${action} button shown to ${user}`);
      const payload = blockActions({
        userId: slackId(user),
        actionId: `interview:${action}`,
        ...button,
        responseUrlBase: `${fake.api.responseUrlBase}${slackId(user)}/`,
      });
      await deliver((driver) => driver.action(payload));
    },
    setMember: (user, info) => members.set(user, info),
    async sayTwiceAsSlackRetries(user, text) {
      const threadTs = latestSessionThread(slack().fake.api, slackId(user));
      const body = messageEvent({ userId: slackId(user), text, ...(threadTs ? { threadTs } : {}) });
      await deliver((driver) => driver.event(body));
      await deliver((driver) => driver.event(body, { retryNum: 1, retryReason: 'http_timeout' }));
    },
    transcript: (user) => (fake ? transcriptOf(fake.api, slackId(user)) : ''),
    sayElsewhere: (user, text) => dm(user, { text }, true),
  };
}
