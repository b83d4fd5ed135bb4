// Group figures over time for the admin charts: sessions per week, evaluated answers per day and
// evaluator, model p95 latency per day. Rows are bucketed in JavaScript so every dialect agrees.
import type { Knex } from 'knex';
import { percentile } from '../math/percentile.js';
import type { Platform } from '../domain/types.js';

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;
/** 1970-01-01 was a Thursday: shifting by four days makes UTC weeks start on Monday. */
const MONDAY_SHIFT = 4 * DAY;

/** Midnight UTC of the Monday of the week containing `t`. */
export function weekStart(t: number): number {
  return Math.floor((t - MONDAY_SHIFT) / WEEK) * WEEK + MONDAY_SHIFT;
}

/** Midnight UTC of the day containing `t`. */
export function dayStart(t: number): number {
  return Math.floor(t / DAY) * DAY;
}

export interface StatsTimeline {
  /** Oldest first, every week present (zeros included). */
  weeks: { weekStart: number; started: number; completed: number }[];
  /** Oldest first, every day present: answers evaluated per evaluator, and the model calls' p95 latency. */
  days: { dayStart: number; evaluators: EvaluatorCount[]; p95Ms: number | undefined }[];
}

/** Answers one evaluator scored; `degraded` when it stood in for an unavailable preferred one. */
export interface EvaluatorCount {
  evaluator: string;
  degraded: boolean;
  count: number;
}

export interface StatsTimelineStore {
  timeline(
    scope: { platform: Platform; workspaceId: string },
    now: number,
    span?: { weeks?: number; days?: number },
  ): Promise<StatsTimeline>;
}

type Row = Record<string, unknown>;

/** Knex-backed timeline queries for one workspace. */
export function createStatsTimelineStore(knex: Knex): StatsTimelineStore {
  return {
    async timeline({ platform, workspaceId }, now, span = {}) {
      const weekCount = span.weeks ?? 8;
      const dayCount = span.days ?? 14;
      const firstWeek = weekStart(now) - (weekCount - 1) * WEEK;
      const firstDay = dayStart(now) - (dayCount - 1) * DAY;

      const sessions: Row[] = await knex('sessions')
        .where({ platform, workspace_id: workspaceId })
        .where((q) => q.where('started_at', '>=', firstWeek).orWhere('finished_at', '>=', firstWeek))
        .select('started_at', 'finished_at', 'state');
      const weeks = Array.from({ length: weekCount }, (_, i) => ({
        weekStart: firstWeek + i * WEEK,
        started: 0,
        completed: 0,
      }));
      const weekOf = (t: number) => weeks[(weekStart(t) - firstWeek) / WEEK];
      for (const row of sessions) {
        const started = weekOf(Number(row.started_at));
        if (started) started.started += 1;
        if (row.state === 'completed' && row.finished_at !== null) {
          const finished = weekOf(Number(row.finished_at));
          if (finished) finished.completed += 1;
        }
      }

      const turns: Row[] = await knex('turns')
        .join('sessions', 'sessions.id', 'turns.session_id')
        .where('sessions.platform', platform)
        .where('sessions.workspace_id', workspaceId)
        .where('turns.evaluated_at', '>=', firstDay)
        .whereNotNull('turns.evaluator')
        .select('turns.evaluated_at as at', 'turns.evaluator as evaluator', 'turns.degraded as degraded');
      const calls: Row[] = await knex('llm_calls')
        .where('workspace_key', `${platform}:${workspaceId}`)
        .where('started_at', '>=', firstDay)
        .whereNot('outcome', 'like', 'skipped_%')
        .select('started_at', 'latency_ms');

      const days = Array.from({ length: dayCount }, (_, i) => ({
        dayStart: firstDay + i * DAY,
        evaluators: [] as EvaluatorCount[],
        latencies: [] as number[],
      }));
      const dayOf = (t: number) => days[(dayStart(t) - firstDay) / DAY];
      for (const row of turns) {
        const day = dayOf(Number(row.at));
        if (!day) continue;
        const evaluator = String(row.evaluator);
        const degraded = Boolean(Number(row.degraded));
        const entry = day.evaluators.find((e) => e.evaluator === evaluator && e.degraded === degraded);
        if (entry) entry.count += 1;
        else day.evaluators.push({ evaluator, degraded, count: 1 });
      }
      for (const row of calls) dayOf(Number(row.started_at))?.latencies.push(Number(row.latency_ms));

      return {
        weeks,
        days: days.map(({ latencies, ...day }) => ({ ...day, p95Ms: percentile(latencies, 95) })),
      };
    },
  };
}
