// `/interview stats` (admins): how the group is doing and what the bot costs, for the admin's own workspace.
import { adminChart } from '../src/charts/admin-chart.js';
import { positionName } from '../src/i18n/names.js';
import { t } from '../src/i18n/index.js';
import { WEAK_SCORE } from '../src/domain/score-bands.js';
import { evaluatorName, subjectName } from '../src/i18n/names.js';
import type { MessageField } from '../src/platform/types.js';
import { defineCommand } from './define-command.js';

const DAY = 24 * 60 * 60 * 1000;
/** The period the totals and the topic averages cover. */
const PERIOD_DAYS = 30;

export const statsCommand = defineCommand({
  name: 'stats',
  description: { en: 'Group statistics (admins)', ko: '그룹 통계 (관리자)' },
  admin: true,
  example: 'stats',
  options: {},
  async run(ctx) {
    const lang = ctx.language;
    const { stats, providerStats, now } = ctx.services;
    const s = await stats.workspace(ctx.user.platform, ctx.user.workspaceId, now(), PERIOD_DAYS);
    const none = t(lang, 'commands.stats_none');
    const fields: MessageField[] = [
      {
        name: t(lang, 'commands.stats_sessions'),
        value: t(lang, 'commands.stats_sessions_value', s.sessions),
        inline: false,
      },
      {
        name: t(lang, 'commands.stats_members'),
        value: t(lang, 'commands.stats_members_value', {
          d7: s.activeMembers.last7Days,
          d30: s.activeMembers.last30Days,
        }),
        inline: true,
      },
      { name: t(lang, 'commands.stats_quota_refusals'), value: String(s.quotaRefusals), inline: true },
      {
        name: t(lang, 'commands.stats_by_position'),
        value:
          s.averageByPosition
            .map((p) => `- ${positionName(lang, p.position as 'ai')}: ${p.average}/10 (${p.sessions})`)
            .join('\n') || none,
      },
      {
        name: t(lang, 'commands.stats_by_topic'),
        value:
          s.averageByTopic
            .slice(0, 15)
            .map((topic) => `- ${subjectName(lang, topic.topic)}: ${topic.average}/10 (${topic.answers})`)
            .join('\n') || none,
      },
      {
        name: t(lang, 'commands.stats_weakest'),
        value:
          s.weakestTopics
            .map((topic) => `- ${subjectName(lang, topic.topic)}: ${topic.average}/10`)
            .join('\n') ||
          (s.averageByTopic.length ? t(lang, 'commands.stats_none_weak', { weak: WEAK_SCORE }) : none),
      },
      {
        name: t(lang, 'commands.stats_evaluators'),
        value:
          s.evaluatorUsage
            .map(
              (e) =>
                `- ${evaluatorName(lang, e.evaluator)}${e.degraded ? ` (${t(lang, 'commands.stats_fallback')})` : ''}: ${e.count}`,
            )
            .join('\n') || none,
      },
    ];
    if (providerStats) {
      const rows = await providerStats(
        `${ctx.user.platform}:${ctx.user.workspaceId}`,
        now() - PERIOD_DAYS * DAY,
      );
      fields.push({
        name: t(lang, 'commands.stats_providers'),
        value:
          rows
            .map((row) =>
              t(lang, 'commands.stats_provider_row', {
                provider: `${row.provider} (${row.model})`,
                calls: row.calls,
                p50: row.p50Ms === undefined ? '—' : `${Math.round(row.p50Ms)}ms`,
                p95: row.p95Ms === undefined ? '—' : `${Math.round(row.p95Ms)}ms`,
                errors: `${Math.round(row.errorRate * 100)}%`,
                fallbacks: `${Math.round(row.fallbackRate * 100)}%`,
                tokens: row.promptTokens + row.completionTokens,
                cost: row.costUsd.toFixed(4),
              }),
            )
            .join('\n') || none,
      });
    }
    const message = {
      tone: 'info' as const,
      ephemeral: true,
      title: t(lang, 'commands.stats_title'),
      fields,
    };
    if (!ctx.services.charts.enabled) return [message];
    const timeline = await stats.timeline(ctx.user, now());
    const chart = adminChart({
      language: lang,
      periodDays: PERIOD_DAYS,
      ...timeline,
      topics: s.averageByTopic,
    });
    return [await ctx.services.charts.attach(message, chart)];
  },
});
