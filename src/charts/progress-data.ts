// What the progress chart shows, computed from a member's finished sessions and the reports stored with them.
import type { Language, Position } from '../domain/types.js';
import type { ReportData } from '../engine/report.js';
import { subjectName } from '../i18n/names.js';
import type { SessionRecord } from '../stores/sessions-store.js';
import { oneDecimal } from './chart-spec.js';

/** How many of the latest finished interviews the topic averages cover. */
export const TOPIC_WINDOW = 5;
/** The progress chart needs at least this many finished interviews. */
export const MIN_FINISHED = 2;

export interface ProgressPoint {
  startedAt: number;
  position: Position;
  score: number;
}

export interface ProgressData {
  language: Language;
  /** Finished interviews, oldest first. */
  points: ProgressPoint[];
  /** Average score per topic or competency over the last TOPIC_WINDOW interviews, weakest first. */
  topics: { label: string; average: number; answers: number }[];
  /** How many interviews the topic averages cover. */
  topicSessions: number;
}

/** Finished sessions (completed or ended early) that have a report, oldest first. */
export function finishedSessions(sessions: readonly SessionRecord[]): SessionRecord[] {
  return sessions
    .filter((s) => (s.state === 'completed' || s.state === 'ended') && s.report && s.overallScore !== null)
    .sort((a, b) => a.startedAt - b.startedAt || a.id - b.id);
}

/** The chart's data; topics come from the same report items the reports showed (skipped answers count 0). */
export function progressData(sessions: readonly SessionRecord[], language: Language): ProgressData {
  const finished = finishedSessions(sessions);
  const recent = finished.slice(-TOPIC_WINDOW);
  const sums = new Map<string, { sum: number; n: number }>();
  for (const session of recent) {
    for (const item of (session.report as ReportData).items) {
      const slug = item.competency ?? item.topic;
      const label = slug ? subjectName(language, slug) : undefined;
      if (!label || item.status === 'unanswered' || item.score === null) continue;
      const entry = sums.get(label) ?? { sum: 0, n: 0 };
      entry.sum += item.score;
      entry.n += 1;
      sums.set(label, entry);
    }
  }
  return {
    language,
    points: finished.map((s) => ({ startedAt: s.startedAt, position: s.position, score: s.overallScore! })),
    topics: [...sums]
      .map(([label, { sum, n }]) => ({ label, average: oneDecimal(sum / n), answers: n }))
      .sort((a, b) => a.average - b.average || a.label.localeCompare(b.label)),
    topicSessions: recent.length,
  };
}
