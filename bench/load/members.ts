// Study-group members on the fake Slack: each runs /interview start, uploads a CV and answers until the report,
// timing Slack's acknowledgement and the wait from their answer to the bot's next post in their thread.
import { performance } from 'node:perf_hooks';
import { positionName } from '../../src/i18n/names.js';
import { t } from '../../src/i18n/index.js';
import { blocksToText, dmChannelOf } from '../../test/fakes/slack/conversation-reader.js';
import type { FakeSlack } from '../../test/fakes/slack/fake-slack.js';
import { messageEvent, slashCommand } from '../../test/fakes/slack/payloads.js';
import { createSocketDriver } from '../../test/fakes/slack/slack-driver.js';
import type { RecordedCall } from '../../test/fakes/slack/web-api.js';

export interface MemberPlan {
  members: number;
  /** Members start spread over this window. */
  arriveMs: number;
  /** Thinking time between answers (each member varies it by ±50%). */
  thinkMs: number;
  /** Give up on a member whose next post has not come after this long. */
  patienceMs: number;
  cv: Uint8Array;
  answer: string;
  /** Called once every member holds their first question, before they all answer at once. */
  onAllWaiting?: () => Promise<void>;
}

export interface MemberTimings {
  /** Messages the members sent (commands, uploads, answers). */
  messages: number;
  acks: number[];
  /** The first answer of every member, sent in the same instant. */
  burstAcks: number[];
  /** Member's answer → the bot's next post in the thread. */
  replies: number[];
  finished: number;
  stuck: string[];
}

interface Post {
  at: number;
  call: RecordedCall;
}

const REPORT_TITLE = t('en', 'report.title', { position: positionName('en', 'be') });
const ASK_CV = t('en', 'engine.ask_cv', { maxMb: 0, maxPages: 0 }).slice(0, 24);
const hasSkipButton = (call: RecordedCall) =>
  JSON.stringify(call.body.blocks ?? []).includes('interview:skip');
const textOf = (call: RecordedCall) => blocksToText(call.body.blocks, call.body.text);
const isReport = (call: RecordedCall) => String(call.body.text ?? '').includes(REPORT_TITLE);

/** Drive `plan.members` members through whole interviews; resolves when every one got a report or gave up. */
export async function runMembers(fake: FakeSlack, plan: MemberPlan): Promise<MemberTimings> {
  const driver = createSocketDriver(fake.socket);
  const inboxes = new Map<string, { posts: Post[]; wake?: () => void }>();
  const inbox = (userId: string) => {
    const box = inboxes.get(userId) ?? { posts: [] };
    inboxes.set(userId, box);
    return box;
  };
  fake.api.onCall((call) => {
    if (call.method !== 'chat.postMessage' || !String(call.body.channel).startsWith('D')) return;
    const box = inbox(String(call.body.channel).slice(1));
    box.posts.push({ at: performance.now(), call });
    box.wake?.();
  });
  const timings: MemberTimings = {
    messages: 0,
    acks: [],
    burstAcks: [],
    replies: [],
    finished: 0,
    stuck: [],
  };

  /** The first post from index `from` on that satisfies `wanted`, and the index after it. */
  async function nextPost(userId: string, from: number, wanted: (call: RecordedCall) => boolean) {
    const box = inbox(userId);
    const deadline = performance.now() + plan.patienceMs;
    for (;;) {
      const index = box.posts.findIndex((post, i) => i >= from && wanted(post.call));
      if (index >= 0) return { post: box.posts[index]!, next: index + 1 };
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`${userId}: no reply within ${plan.patienceMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        box.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  const send = async (deliver: () => Promise<unknown>, into = timings.acks) => {
    const sentAt = performance.now();
    timings.messages += 1;
    await deliver();
    into.push(performance.now() - sentAt);
    return sentAt;
  };

  let waiting = 0;
  let releaseAll: () => void = () => {};
  const allWaiting = new Promise<void>((resolve) => {
    releaseAll = resolve;
  });
  const arrivedAtFirstQuestion = async () => {
    waiting += 1;
    if (waiting === plan.members) {
      await plan.onAllWaiting?.();
      releaseAll();
    }
    await allWaiting;
  };

  async function member(index: number) {
    const userId = `UMEMBER${index}`;
    const channelId = dmChannelOf(userId);
    let reachedFirstQuestion = false;
    try {
      await new Promise((resolve) => setTimeout(resolve, (plan.arriveMs * index) / plan.members));
      fake.api.setUser({ id: userId, name: `member${index}`, locale: 'en-US' });
      const responseUrlBase = `${fake.api.responseUrlBase}${userId}/`;
      await send(() => driver.command(slashCommand({ text: 'start be', userId, responseUrlBase })));
      const askedCv = await nextPost(userId, 0, (call) => textOf(call).includes(ASK_CV));
      const threadTs = String(askedCv.post.call.body.thread_ts ?? askedCv.post.call.reply?.ts);
      const url = fake.files.add(`F${index}-cv.pdf`, { bytes: plan.cv, contentType: 'application/pdf' });
      const file = {
        id: `F${index}`,
        name: 'cv.pdf',
        mimetype: 'application/pdf',
        filetype: 'pdf',
        size: plan.cv.byteLength,
        url_private_download: url,
      };
      const event = messageEvent({ userId, channelId, threadTs, subtype: 'file_share', files: [file] });
      await send(() => driver.event(event));
      let seen = (await nextPost(userId, askedCv.next, hasSkipButton)).next;
      reachedFirstQuestion = true;
      await arrivedAtFirstQuestion();
      for (let turn = 0; ; turn += 1) {
        if (turn > 0) await new Promise((r) => setTimeout(r, plan.thinkMs * (0.5 + Math.random())));
        const answer = messageEvent({ userId, channelId, threadTs, text: plan.answer });
        const sentAt = await send(() => driver.event(answer), turn === 0 ? timings.burstAcks : timings.acks);
        const reply = await nextPost(userId, seen, () => true);
        timings.replies.push(reply.post.at - sentAt);
        const next = await nextPost(userId, seen, (c) => hasSkipButton(c) || isReport(c));
        seen = next.next;
        if (!hasSkipButton(next.post.call)) break;
      }
      timings.finished += 1;
    } catch (error) {
      timings.stuck.push(error instanceof Error ? error.message : String(error));
      if (!reachedFirstQuestion) await arrivedAtFirstQuestion().catch(() => {});
    }
  }

  await Promise.all(Array.from({ length: plan.members }, (_, index) => member(index)));
  return timings;
}
