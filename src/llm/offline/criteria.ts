// The CV questions' own criteria (outcome, metric, position angle…) judged by what they ask for, not by shared words.
import type { Language } from '../../domain/types.js';
import { t } from '../../i18n/index.js';
import type { EvaluationInput } from '../types.js';
import type { AnswerAnalysis } from './analyse-answer.js';
import type { PointJudgement } from './key-points/judge-points.js';
import { detectStar } from './star.js';
import { sentenceSpans } from './text/sentences.js';

type Status = PointJudgement['status'];

/** Cues per criterion; a criterion is covered from `covered` distinct cue hits, partly from one. */
interface Criterion {
  key: string;
  cues: RegExp[];
  covered: number;
}

const NUMBER = /\d/;
const CRITERIA: Criterion[] = [
  {
    // Own concrete actions, told apart from the team's: "I built the checkout API myself, while a
    // teammate did the pages" meets it with no word of the criterion.
    key: 'offline.cv.c.project',
    cues: [
      /\bi (\w+ly |also |then |first )?(built|wrote|designed|implemented|added|set up|owned|led|ran|created|made|migrated|rewrote|fixed|profiled|measured|chose|introduced|split|moved|tuned|cached|traced|put|wrapped|refactored|deployed|automated|debugged|reviewed|tested|proposed|replaced)\b|(제가|저는|본인이|직접) ?[^!?\n]{0,30}(만들|작성|설계|구현|추가|도입|개발|맡|담당|고쳤|수정|측정|배포)/i,
      /\b(myself|mine|my (own |part|share|role)|teammates?|the (rest of the )?team|colleagues?|while (he|she|they|a teammate|my teammate)|on my own)\b|직접|제 몫|제 역할|팀원|동료|나머지/i,
    ],
    covered: 2,
  },
  {
    key: 'offline.cv.c.metric',
    cues: [
      NUMBER,
      /\b(measur\w*|baseline|benchmark\w*|before|compared|p\d\d|median|average|dashboard|profil\w*)\b|측정|기준|이전|대비|비교|평균|지표/i,
    ],
    covered: 2,
  },
  {
    key: 'offline.cv.c.position.be',
    cues: [
      /\b(load|traffic|throughput|rps|qps|k6|jmeter|locust|scal\w*)\b|부하|트래픽|확장/i,
      /\b(fail\w*|retr(y|ies)|timeouts?|circuit breakers?|fallback|failover|outage|incident|idempot\w*)\b|장애|재시도|타임아웃|서킷/i,
      /\b(monitor\w*|alert\w*|metrics?|dashboards?|tracing|opentelemetry|prometheus|grafana|logs?|sentry|datadog)\b|모니터링|알림|지표|로그|추적/i,
    ],
    covered: 2,
  },
  {
    key: 'offline.cv.c.position.ai',
    cues: [
      /\b(data|dataset|labels?|cleaning|quality|leak\w*)\b|데이터|라벨|레이블|품질/i,
      /\b(model|baseline|architecture|fine-?tun\w*|xgboost|bert|transformer|llm)\b|모델|베이스라인/i,
      /\b(evaluat\w*|validat\w*|accuracy|precision|recall|f1|auc|a\/b|test set|metric)\b|평가|검증|정확도|정밀도|재현율/i,
    ],
    covered: 2,
  },
  {
    key: 'offline.cv.c.position.fe',
    cues: [
      /\b(users?|ux|usability|design\w*)\b|사용자|사용성/i,
      /\b(render\w*|load\w*|lcp|cls|inp|bundle|lighthouse|performance|fps)\b|렌더링|로딩|성능|번들/i,
      /\b(accessib\w*|a11y|aria|screen reader|keyboard)\b|접근성|스크린 ?리더|키보드/i,
    ],
    covered: 2,
  },
  {
    key: 'offline.cv.c.position.mobile',
    cues: [
      /\b(devices?|screen sizes?|android|ios|tablet|low-end|os versions?)\b|기기|디바이스|화면 크기|안드로이드/i,
      /\b(offline|cache|sync\w*|network|background)\b|오프라인|캐시|동기화|네트워크|백그라운드/i,
      /\b(release\w*|store|testflight|play console|staged rollout|rollout|review|beta)\b|배포|출시|스토어|심사|단계적/i,
    ],
    covered: 2,
  },
];

function cueHits(text: string, criterion: Criterion): number {
  return criterion.cues.filter((cue) => cue.test(text)).length;
}

/** The first sentence of the answer that shows `cue`, quoted verbatim. */
function evidence(sources: readonly string[], cue: (sentence: string) => boolean): string | undefined {
  for (const source of sources)
    for (const span of sentenceSpans(source)) {
      const sentence = source.slice(span.start, span.end);
      if (cue(sentence)) return sentence;
    }
  return undefined;
}

function judge(point: PointJudgement, language: Language, sources: readonly string[]): PointJudgement {
  const text = sources.join('\n');
  const setAs = (status: Status, cue: (sentence: string) => boolean): PointJudgement => {
    if (status === 'missing') return { point: point.point, weight: point.weight, coverage: 0, status };
    return { ...point, coverage: status === 'covered' ? 1 : 0.5, status, evidence: evidence(sources, cue) };
  };
  if (point.point === t(language, 'offline.cv.c.outcome')) {
    // An outcome with numbers ("p99 went to 210 ms") or a stated lesson is a result.
    const result = detectStar(text).result;
    return setAs(result ? 'covered' : 'missing', (sentence) => detectStar(sentence).result);
  }
  for (const criterion of CRITERIA) {
    if (point.point !== t(language, criterion.key as Parameters<typeof t>[1])) continue;
    const hits = cueHits(text, criterion);
    const status: Status = hits >= criterion.covered ? 'covered' : hits > 0 ? 'partial' : 'missing';
    return setAs(status, (sentence) => cueHits(sentence, criterion) > 0);
  }
  return point;
}

/**
 * For a CV question, replace the lexical judgement of the criteria the offline generator wrote
 * (outcome, metric, the position's angle) by cue detectors: "Addresses scale and reliability" is met
 * by "k6 load tests, circuit breakers and OpenTelemetry", which shares none of its words.
 */
export function judgeCriteria(input: EvaluationInput, analysis: AnswerAnalysis): AnswerAnalysis {
  if (input.kind !== 'personal' || analysis.precheck) return analysis;
  return {
    ...analysis,
    points: analysis.points.map((point) => judge(point, input.language, analysis.sources)),
  };
}
