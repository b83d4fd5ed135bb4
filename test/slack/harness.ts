// Boots real Bolt through the Slack adapter against the fake Slack, in Socket Mode or HTTP mode.
import { createSilentLogger } from '../../src/logger.js';
import type { CommandDescriptor } from '../../src/platform/types.js';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.js';
import { FAKE_CREDENTIALS, type FakeSlack, startFakeSlack } from '../fakes/slack/fake-slack.js';
import { createRecordingSink, type RecordingSink } from '../fakes/slack/recording-sink.js';
import { createHttpDriver, createSocketDriver, type SlackDriver } from '../fakes/slack/slack-driver.js';
import { waitFor as sharedWaitFor } from '../helpers/wait-for.js';

export type SlackMode = 'socket' | 'http';
export const MODES: SlackMode[] = ['socket', 'http'];

/** Commands shaped like the real ones, enough to exercise text parsing. */
export const TEST_COMMANDS: CommandDescriptor[] = [
  {
    name: 'start',
    description: { en: 'Start an interview', ko: '면접 시작' },
    admin: false,
    options: [
      {
        name: 'position',
        description: { en: 'Position', ko: '직무' },
        type: 'string',
        required: true,
        choices: [
          { value: 'be', label: { en: 'Backend', ko: '백엔드' } },
          { value: 'fe', label: { en: 'Frontend', ko: '프론트엔드' } },
        ],
      },
      { name: 'cv', description: { en: 'CV', ko: '이력서' }, type: 'attachment', required: false },
    ],
  },
  { name: 'stats', description: { en: 'Statistics', ko: '통계' }, admin: true, options: [] },
  { name: 'help', description: { en: 'Help', ko: '도움말' }, admin: false, options: [] },
];

export interface SlackHarness {
  mode: SlackMode;
  fake: FakeSlack;
  adapter: SlackAdapter;
  recorder: RecordingSink;
  driver: SlackDriver;
  /** …/slack/events in HTTP mode. */
  eventsUrl: string | undefined;
  /** Stop the adapter and start a fresh one on the same fake Slack (a bot restart). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  adminUserIds?: string[];
  fake?: FakeSlack;
}

async function bootAdapter(
  mode: SlackMode,
  fake: FakeSlack,
  recorder: RecordingSink,
  options: HarnessOptions,
) {
  const adapter = createSlackAdapter({
    botToken: FAKE_CREDENTIALS.botToken,
    appToken: mode === 'socket' ? FAKE_CREDENTIALS.appToken : undefined,
    signingSecret: FAKE_CREDENTIALS.signingSecret,
    port: 0,
    adminUserIds: options.adminUserIds ?? [],
    apiUrl: fake.api.apiUrl,
    logger: createSilentLogger(),
    retryConfig: { retries: 0 },
  });
  await adapter.registerCommands(TEST_COMMANDS);
  await adapter.start(recorder.sink);
  const eventsUrl = mode === 'http' ? `http://127.0.0.1:${adapter.httpPort}/slack/events` : undefined;
  const driver =
    mode === 'socket'
      ? createSocketDriver(fake.socket)
      : createHttpDriver(eventsUrl ?? '', FAKE_CREDENTIALS.signingSecret);
  return { adapter, eventsUrl, driver };
}

export async function startSlackHarness(
  mode: SlackMode,
  options: HarnessOptions = {},
): Promise<SlackHarness> {
  const fake = options.fake ?? (await startFakeSlack());
  const recorder = createRecordingSink();
  let booted = await bootAdapter(mode, fake, recorder, options);
  return {
    mode,
    fake,
    recorder,
    get adapter() {
      return booted.adapter;
    },
    get driver() {
      return booted.driver;
    },
    get eventsUrl() {
      return booted.eventsUrl;
    },
    async restart() {
      await booted.adapter.stop();
      booted = await bootAdapter(mode, fake, recorder, options);
    },
    async stop() {
      await booted.adapter.stop();
      if (!options.fake) await fake.close();
    },
  };
}

/** Poll until `check` returns a value (HTTP mode acks before the handler finishes). */
export function waitFor<T>(check: () => T | undefined | false, timeoutMs = 5_000): Promise<T> {
  return sharedWaitFor(check, { timeoutMs });
}
