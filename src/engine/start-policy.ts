// The decisions taken when a member starts an interview, as pure functions over what was read: the
// quota verdict and the session's plan. `startLocked` in interview-engine.ts does the reading, writing
// and sending around them.
import type { SessionPlan } from '../domain/session-states.js';
import type { WorkspaceSettings } from '../stores/workspace-settings-store.js';
import type { EngineDefaults } from './engine-deps.js';

const DAY = 24 * 60 * 60 * 1000;

/** How many interviews a member may have in how many days: the workspace's setting, else the default. */
export interface QuotaPolicy {
  quota: number;
  periodDays: number;
}

export function quotaPolicy(settings: WorkspaceSettings, defaults: EngineDefaults): QuotaPolicy {
  return {
    quota: settings.quota ?? defaults.quota,
    periodDays: settings.quotaPeriodDays ?? defaults.quotaPeriodDays,
  };
}

/** The earliest start time that still counts against the quota at `now`. */
export function quotaWindowStart(policy: QuotaPolicy, now: number): number {
  return now - policy.periodDays * DAY;
}

export type QuotaVerdict =
  | { allowed: true }
  /** Refused; `params` fill the `engine.quota_reached` message (the date the oldest counted start frees up). */
  | { allowed: false; params: { quota: number; days: number; date: string } };

/** May a member whose counted interviews started at `counted` (oldest first, inside the window) start one more? */
export function judgeQuota(counted: readonly number[], policy: QuotaPolicy, now: number): QuotaVerdict {
  if (counted.length < policy.quota) return { allowed: true };
  const resetsAt = new Date((counted[0] ?? now) + policy.periodDays * DAY);
  return {
    allowed: false,
    params: { quota: policy.quota, days: policy.periodDays, date: resetsAt.toISOString().slice(0, 10) },
  };
}

/** The question counts and options a new session is fixed to; `seed` (a request's or INTERVIEW_SEED) fixes the choice. */
export function sessionPlan(
  settings: WorkspaceSettings,
  defaults: EngineDefaults,
  seed: number | undefined,
): SessionPlan {
  const plan: SessionPlan = {
    technical: settings.technical ?? defaults.technical,
    behavioural: settings.behavioural ?? defaults.behavioural,
    personal: settings.personal ?? defaults.personal,
    followUps: settings.followUps ?? defaults.followUps,
  };
  if (seed !== undefined) plan.seed = seed;
  return plan;
}
