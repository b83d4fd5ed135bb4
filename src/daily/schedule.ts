// When a channel's next question is due: a pure decision over its local day, post time and history.
import { addDays, localDay, zonedInstant } from './local-time.js';

export interface ScheduleInput {
  now: number;
  timeZone: string;
  /** "HH:MM", the channel's local wall-clock time. */
  postTime: string;
  /** Whether today's (local) question is already in the channel. */
  postedToday: boolean;
  /** When the schedule was last set; a post time that passed before it is not owed. */
  configuredAt: number;
}

/** A scheduled post: the local day it is for and the instant to post it. */
export interface DailyRun {
  day: string;
  runAt: number;
}

/**
 * The next post to schedule. Today's when its time is still ahead; also today's, at once, when its
 * time passed while the schedule already existed and nothing was posted (the bot was down: it posts
 * once when it is back, never a backlog of the days it missed); otherwise tomorrow's.
 */
export function nextDailyRun(input: ScheduleInput): DailyRun {
  const today = localDay(input.now, input.timeZone);
  const dueToday = zonedInstant(today, input.postTime, input.timeZone);
  if (!input.postedToday) {
    if (dueToday > input.now) return { day: today, runAt: dueToday };
    if (input.configuredAt < dueToday) return { day: today, runAt: input.now };
  }
  const tomorrow = addDays(today, 1);
  return { day: tomorrow, runAt: zonedInstant(tomorrow, input.postTime, input.timeZone) };
}

/** The job dedupe key of one channel's post for one local day: two runners or a restart enqueue it once. */
export function dailyPostKey(
  channel: { platform: string; workspaceId: string; channelId: string },
  day: string,
) {
  return `daily:${channel.platform}:${channel.workspaceId}:${channel.channelId}:${day}`;
}
