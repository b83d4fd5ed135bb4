// Group statistics for `/interview stats`, always scoped to one workspace.
import { WEAK_SCORE } from '../domain/score-bands.js';
import type { Knex } from 'knex';
import { num } from '../db/json.js';
import { type Platform, SESSION_STATES } from '../domain/types.js';
import { createStatsTimelineStore, type StatsTimelineStore } from './stats-timeline.js';

export interface WorkspaceStats {
  since: number;
  sessions: { started: number; completed: number; abandoned: number; inProgress: number };
  activeMembers: { last7Days: number; last30Days: number };
  averageByPosition: { position: string; average: number; sessions: number }[];
  averageByTopic: { topic: string; average: number; answers: number }[];
  /** Lowest average first; topics with at least two scored answers. */
  weakestTopics: { topic: string; average: number; answers: number }[];
  quotaRefusals: number;
  evaluatorUsage: { evaluator: string; degraded: boolean; count: number }[];
}

/** Totals for `/interview stats`, and (stats-timeline.ts) the same figures over time for its charts. */
export interface StatsStore extends StatsTimelineStore {
  recordQuotaRefusal(userId: number, platform: Platform, workspaceId: string, now: number): Promise<void>;
  workspace(
    platform: Platform,
    workspaceId: string,
    now: number,
    periodDays?: number,
  ): Promise<WorkspaceStats>;
}

type Row = Record<string, unknown>;
const DAY = 24 * 60 * 60 * 1000;
const round1 = (value: number) => Math.round(value * 10) / 10;

/** Knex-backed statistics queries. */
export function createStatsStore(knex: Knex): StatsStore {
  return {
    ...createStatsTimelineStore(knex),
    async recordQuotaRefusal(userId, platform, workspaceId, now) {
      await knex('quota_refusals').insert({
        user_id: userId,
        platform,
        workspace_id: workspaceId,
        refused_at: now,
      });
    },
    async workspace(platform, workspaceId, now, periodDays = 30) {
      const since = now - periodDays * DAY;
      const scope = { platform, workspace_id: workspaceId };
      const sessions = () => knex('sessions').where(scope).where('started_at', '>=', since);

      const byState: Row[] = await sessions().select('state').count({ n: '*' }).groupBy('state');
      const count = (states: readonly string[]) =>
        byState.filter((row) => states.includes(String(row.state))).reduce((sum, row) => sum + num(row.n), 0);

      const activeSince = async (days: number) => {
        const row = await knex('sessions')
          .where(scope)
          .where('started_at', '>=', now - days * DAY)
          .countDistinct({ n: 'user_id' })
          .first();
        return num(row?.n);
      };

      const byPosition: Row[] = await sessions()
        .whereNotNull('overall_score')
        .select('position')
        .avg({ average: 'overall_score' })
        .count({ n: '*' })
        .groupBy('position')
        .orderBy('position');

      const scoredTurns = () =>
        knex('turns')
          .join('sessions', 'sessions.id', 'turns.session_id')
          .where('sessions.platform', platform)
          .where('sessions.workspace_id', workspaceId)
          .where('sessions.started_at', '>=', since)
          .whereNotNull('turns.score')
          .whereNull('turns.parent_turn_id');

      const byTopic: Row[] = await scoredTurns()
        .whereNotNull('turns.topic')
        .select('turns.topic as topic')
        .avg({ average: 'turns.score' })
        .count({ n: '*' })
        .groupBy('turns.topic');
      const topics = byTopic
        .map((row) => ({ topic: String(row.topic), average: round1(num(row.average)), answers: num(row.n) }))
        .sort((a, b) => a.topic.localeCompare(b.topic));

      const evaluators: Row[] = await scoredTurns()
        .select('turns.evaluator as evaluator', 'turns.degraded as degraded')
        .count({ n: '*' })
        .groupBy('turns.evaluator', 'turns.degraded');

      const refusals = await knex('quota_refusals')
        .where(scope)
        .where('refused_at', '>=', since)
        .count({ n: '*' })
        .first();

      return {
        since,
        sessions: {
          started: count(SESSION_STATES),
          completed: count(['completed']),
          abandoned: count(['ended', 'aborted']),
          inProgress: count(['awaiting_cv', 'technical', 'behavioural', 'personal', 'evaluating']),
        },
        activeMembers: { last7Days: await activeSince(7), last30Days: await activeSince(30) },
        averageByPosition: byPosition.map((row) => ({
          position: String(row.position),
          average: round1(num(row.average)),
          sessions: num(row.n),
        })),
        averageByTopic: topics,
        // Weak means weak: below WEAK_SCORE, however few answers; a 0/10 topic is never left out.
        weakestTopics: topics
          .filter((topic) => topic.average < WEAK_SCORE)
          .sort((a, b) => a.average - b.average || a.topic.localeCompare(b.topic))
          .slice(0, 3),
        quotaRefusals: num(refusals?.n),
        evaluatorUsage: evaluators
          .map((row) => ({
            evaluator: String(row.evaluator),
            degraded: Boolean(num(row.degraded)),
            count: num(row.n),
          }))
          .sort((a, b) => b.count - a.count),
      };
    },
  };
}
