// Localised names of the domain's identifiers (positions, topics, competencies, evaluators), for every
// message, chart and command: a user never reads a raw identifier. A topic is "Concurrency" / "동시성",
// never `concurrency`; the offline evaluator is "offline evaluator" / "오프라인 평가기", never `offline`.
import type { Language, Position } from '../domain/types.js';
import { allMessageTables, type MessageKey, t } from './index.js';

/** Localised position name. */
export function positionName(language: Language, position: Position): string {
  return t(language, `common.position.${position}` as MessageKey);
}

/** The evaluator ids that are not a language model (see OFFLINE_EVALUATOR and PRECHECK_EVALUATOR). */
const LOCAL_EVALUATORS = new Set(['offline', 'precheck']);

const has = (key: string) => key in allMessageTables().en;

/** A topic's display name; a slug the catalogue does not know (never in the seed bank) is shown as is. */
export function topicName(language: Language, slug: string): string {
  const key = `name.topic.${slug}`;
  return has(key) ? t(language, key as MessageKey) : slug;
}

/** A behavioural competency's display name. */
export function competencyName(language: Language, slug: string): string {
  const key = `name.competency.${slug}`;
  return has(key) ? t(language, key as MessageKey) : slug;
}

/**
 * What a technical turn's topic or a behavioural turn's competency is called: turns store either
 * slug in `topic`, so both tables are tried.
 */
export function subjectName(language: Language, slug: string): string {
  if (has(`name.competency.${slug}`)) return competencyName(language, slug);
  return topicName(language, slug);
}

/** True when `evaluator` names a language model (anything but the offline evaluator and the pre-check). */
export function isModelEvaluator(evaluator: string): boolean {
  return !LOCAL_EVALUATORS.has(evaluator);
}

/** An evaluator's display name: "offline evaluator", "language model primary:gpt-4o-mini". */
export function evaluatorName(language: Language, evaluator: string): string {
  if (!isModelEvaluator(evaluator)) return t(language, `name.evaluator.${evaluator}` as MessageKey);
  return t(language, 'name.evaluator.model', { model: evaluator });
}
