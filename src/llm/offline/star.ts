// STAR cues in English and Korean: does a behavioural story set the scene, own a task, act and report a result?
import type { StarAnalysis } from '../../domain/types.js';

/** The four parts of a STAR story, in the order a good answer tells them. */
export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof STAR_PARTS)[number];

// Cues are matched against the lower-cased answer. Korean cues are stems, so endings vary freely.
const CUES: Record<StarPart, RegExp[]> = {
  situation: [
    // A labelled story ("Situation: …", "상황: …") names its parts.
    /(^|\n|[.!?]\s)\s*\**(situation|context|background)\**\s*[:：–-]/,
    /(상황|배경)\s*[:：]/,
    /\bwhen i was\b/,
    /\bwhile (i was )?working\b/,
    /\bat my (previous|last|first|old|current)\b/,
    /\bin my (previous|last|first|second|final) (job|role|team|year|internship|company|project)\b/,
    /\b(last|this|that) (year|semester|summer|spring|winter|autumn|fall|quarter)\b/,
    /\bduring (my|our|a|an|the)\b/,
    /\bback in\b/,
    /\bat the time\b/,
    /\bthe (situation|context|background) was\b/,
    /\bin (19|20)\d\d\b/,
    /\b(we|i) were? (building|working|preparing|running|launching|migrating)\b/,
    /\bthere was a\b/,
    /\bonce,/,
    /\b(in|at|during) (my|our|a|the) ([\w-]+ ){0,2}(project|course|class|internship|job|team|company|startup|club|hackathon|capstone)\b/,
    /당시/,
    /상황/,
    /시절/,
    /작년/,
    /지난 ?(학기|해|분기|프로젝트)/,
    /(인턴|근무|재직|활동)(하던|할|을 하|중)/,
    /(하던|했을|였을|있을|진행할) 때/,
    /(프로젝트|인턴|캡스톤|동아리|회사|학기|수업|대회|해커톤|아르바이트)\s?(때|에서|중|당시|를 하|을 하)/,
  ],
  task: [
    /(^|\n|[.!?]\s)\s*\**(task|goal|problem|challenge)\**\s*[:：–-]/,
    /(과제|목표|문제)\s*[:：]/,
    /\bmy (role|task|job|responsibility|goal) was\b/,
    /\bi was (responsible|in charge|asked|assigned|tasked)\b/,
    /\bi (had|needed) to\b/,
    /\bwe (had|needed) to\b/,
    /\b(the|our) (goal|task|challenge|problem|deadline) was\b/,
    /\bresponsible for\b/,
    /\bmy (role|task|responsibility)\b/,
    /역할/,
    /목표/,
    /맡(았|은|게)/,
    /담당/,
    /해야 ?(했|하는|할)/,
    /과제/,
    /책임/,
    /문제(는|가|였)/,
    /임무/,
  ],
  action: [
    /(^|\n|[.!?]\s)\s*\**(actions?|approach|what i did)\**\s*[:：–-]/,
    /(행동|조치|해결)\s*[:：]/,
    // "I" and a past-tense verb is someone telling what they did ("I proposed", "I then wrote"), unless the
    // verb is about feelings or lessons ("I learned" is a result, "I wanted" is not an act).
    /\bi (then |also |first |quickly |immediately |personally )?((?!(learned|realised|realized|liked|loved|wanted|needed|hoped|seemed|believed|enjoyed|used)\b)[a-z]+ed|wrote|built|took|made|ran|gave|spent|told|sent|set up|led|met|split|found|brought|chose|kept|went|got|began|sat down|did|rewrote|drew)\b/,
    /\bso i\b/,
    /\b(first|then|next),? i\b/,
    /그래서 (저는|제가)/,
    /제가 (직접|먼저)/,
    /(결정|제안|구현|도입|작성|설득|정리|분석|설계|자동화|개선|조율|공유|설명|요청|비교|측정|테스트|수정|해결|적용|진행)(했|하였|하기로|해서|해 보|하고)/,
    /(만들었|고쳤|보여 ?줬|보여 ?줘|나눠서|나누었)/,
    /먼저/,
    /그 ?다음/,
    /직접/,
  ],
  result: [
    /(^|\n|[.!?]\s)\s*\**(results?|outcome|impact)\**\s*[:：–-]/,
    /(결과|성과)\s*[:：]/,
    // An outcome with numbers is a result: "p99 went to 210 ms", "from 2 s to 200 ms".
    /\b(went|dropped|fell|rose|stayed|reached|came down|grew|climbed|shrank|settled)\b[^.\n]{0,40}\d/,
    /\bfrom\s+\S*\d[^.\n]{0,30}\bto\s+\S*\d/,
    /\d+(\.\d+)?\s*(ms|초|분|시간|%|배|건|명)\s*(로|으로|까지|이하|미만|이상)/,
    /\bas a result\b/,
    /\bthe result\b/,
    /\bin the end\b/,
    /\beventually\b/,
    /\boutcome\b/,
    /\b(reduced|increased|improved|cut|saved|doubled|halved|dropped|grew|raised)\b/,
    /\bwe (shipped|delivered|launched|met|finished|released|won|passed)\b/,
    /\bwhich led to\b/,
    /\bi (learned|learnt|realised|realized)\b/,
    /\blesson\b/,
    /\bsince then\b/,
    /\d+ ?%/,
    /결과/,
    /덕분에/,
    /(줄었|줄일|늘었|늘릴|개선되|향상|단축|절감|증가|감소)/,
    /배웠/,
    /깨달/,
    /성공/,
    /마무리/,
    /완료/,
    /출시/,
    /이후로/,
  ],
};

/** Which STAR parts the answer shows, by cue. */
export function detectStar(answer: string): StarAnalysis {
  const text = answer.toLowerCase();
  const found = (part: StarPart) => CUES[part].some((cue) => cue.test(text));
  return {
    situation: found('situation'),
    task: found('task'),
    action: found('action'),
    result: found('result'),
  };
}

/** The parts of STAR the analysis lacks, in STAR order. */
export function missingStarParts(star: StarAnalysis): StarPart[] {
  return STAR_PARTS.filter((part) => !star[part]);
}

/** Number of action cues (named actions) in the answer: a specificity signal. */
export function countActions(answer: string): number {
  const text = answer.toLowerCase();
  return CUES.action.reduce((sum, cue) => sum + (text.match(new RegExp(cue.source, 'g'))?.length ?? 0), 0);
}
