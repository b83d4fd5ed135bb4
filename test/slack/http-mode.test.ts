// HTTP mode's gate: only requests signed by Slack within the last five minutes reach the core.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messageEvent, slashCommand } from '../fakes/slack/payloads.js';
import { postSigned } from '../fakes/slack/request-signer.js';
import { createHttpDriver } from '../fakes/slack/slack-driver.js';
import { FAKE_CREDENTIALS } from '../fakes/slack/fake-slack.js';
import { type SlackHarness, startSlackHarness, waitFor } from './harness.js';

describe('slack adapter in HTTP mode', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness('http');
  });
  afterEach(async () => {
    await h.stop();
  });

  const eventsUrl = () => h.eventsUrl ?? '';
  const command = () =>
    slashCommand({ text: 'start be', userId: 'U0X', responseUrlBase: h.fake.api.responseUrlBase });

  it('refuses a request signed with the wrong secret with 401 and runs nothing', async () => {
    const forged = createHttpDriver(eventsUrl(), FAKE_CREDENTIALS.signingSecret, {
      signWith: 'not-the-secret',
    });
    expect((await forged.command(command())).status).toBe(401);
    expect((await forged.event(messageEvent({ text: 'x' }))).status).toBe(401);
    await settle(h);
    expect(h.recorder.events).toHaveLength(0);
    expect(h.fake.api.callsTo('users.info').filter((call) => call.body.user !== 'U0PROBE')).toHaveLength(0);
  });

  it('refuses a correctly signed but stale request (a replay) with 401 and runs nothing', async () => {
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    const replay = createHttpDriver(eventsUrl(), FAKE_CREDENTIALS.signingSecret, {
      timestampSec: tenMinutesAgo,
    });
    expect((await replay.command(command())).status).toBe(401);
    await settle(h);
    expect(h.recorder.events).toHaveLength(0);
  });

  it('refuses an unsigned request', async () => {
    const response = await fetch(eventsUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageEvent({ text: 'x' })),
    });
    expect(response.status).toBe(401);
    await settle(h);
    expect(h.recorder.events).toHaveLength(0);
  });

  it('answers Slack’s url_verification challenge when the request URL is saved', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 't' });
    const response = await postSigned(eventsUrl(), body, 'application/json', {
      signingSecret: FAKE_CREDENTIALS.signingSecret,
    });
    expect(response.status).toBe(200);
    expect(response.text).toContain('c-123');
  });
});

/**
 * Give a wrongly accepted request time to show up: a genuine command in the same connection order
 * reaching the sink proves everything sent before it has been processed or dropped.
 */
async function settle(h: SlackHarness): Promise<void> {
  const before = h.recorder.events.length;
  await h.driver.command(
    slashCommand({ text: 'help', userId: 'U0PROBE', responseUrlBase: h.fake.api.responseUrlBase }),
  );
  await waitFor(() => h.recorder.events.length > before);
  h.recorder.events.splice(before, 1);
}
