// The start decisions alone: the quota verdict at its edges and the plan from settings over defaults.
import { describe, expect, it } from 'vitest';
import type { EngineDefaults } from '../../src/engine/engine-deps.js';
import { judgeQuota, quotaPolicy, quotaWindowStart, sessionPlan } from '../../src/engine/start-policy.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 7, 12, 0, 0);
const defaults = {
  technical: 2,
  behavioural: 1,
  personal: 2,
  quota: 5,
  quotaPeriodDays: 30,
  followUps: true,
} as EngineDefaults;

describe('start policy', () => {
  it('takes the workspace quota over the default and counts starts inside the period only', () => {
    expect(quotaPolicy({}, defaults)).toEqual({ quota: 5, periodDays: 30 });
    const policy = quotaPolicy({ quota: 2, quotaPeriodDays: 7 }, defaults);
    expect(policy).toEqual({ quota: 2, periodDays: 7 });
    expect(quotaWindowStart(policy, NOW)).toBe(NOW - 7 * DAY);
  });

  it.each([
    { counted: [], allowed: true },
    { counted: [NOW - 3 * DAY], allowed: true },
    { counted: [NOW - 3 * DAY, NOW - DAY], allowed: false },
    { counted: [NOW - 6 * DAY, NOW - 3 * DAY, NOW - DAY], allowed: false },
  ])('with a quota of 2, $counted.length counted starts → allowed $allowed', ({ counted, allowed }) => {
    expect(judgeQuota(counted, { quota: 2, periodDays: 7 }, NOW).allowed).toBe(allowed);
  });

  it('names the day the oldest counted start frees up when it refuses', () => {
    const verdict = judgeQuota([Date.UTC(2026, 11, 2, 23, 0), NOW - DAY], { quota: 2, periodDays: 7 }, NOW);
    expect(verdict).toEqual({ allowed: false, params: { quota: 2, days: 7, date: '2026-12-09' } });
  });

  it('refuses every start when the quota is 0', () => {
    expect(judgeQuota([], { quota: 0, periodDays: 30 }, NOW)).toMatchObject({ allowed: false });
  });

  it('plans from the workspace settings over the defaults, with the seed only when one is given', () => {
    expect(sessionPlan({}, defaults, undefined)).toEqual({
      technical: 2,
      behavioural: 1,
      personal: 2,
      followUps: true,
    });
    expect(sessionPlan({ technical: 4, followUps: false }, defaults, 42)).toEqual({
      technical: 4,
      behavioural: 1,
      personal: 2,
      followUps: false,
      seed: 42,
    });
  });
});
