// The end-of-session summary prompt: grounded in the stored evaluations, which are passed as data.
import type { SummaryInput } from '../types.js';
import { DATA_RULE, dataBlock, languageRule, type PromptMessages, positionLabel } from './data-block.js';

/** System and user messages for the session summary. */
export function summarizePrompt(input: SummaryInput): PromptMessages {
  const system = [
    `You are an interviewer writing the closing summary of a mock interview for a ${positionLabel(input.position)} position.`,
    DATA_RULE,
    '`overall`: three to five sentences on how the interview went, based only on the evaluations given. `strengths` and `improvements`: two to four short, concrete items each.',
    languageRule(input.language, 'overall, strengths and improvements'),
  ].join('\n\n');
  const turns = input.turns.map((turn, index) => {
    const points = turn.evaluation.keyPoints.map((point) => `  - ${point.point}: ${point.status}`).join('\n');
    return [
      `#${index + 1} ${turn.kind}${turn.topic ? ` (${turn.topic})` : ''}, score ${turn.evaluation.score}/10`,
      `Question: ${turn.question}`,
      points ? `Key points:\n${points}` : '',
      `Feedback: ${turn.evaluation.feedback}`,
    ]
      .filter(Boolean)
      .join('\n');
  });
  return [
    { role: 'system', content: system },
    { role: 'user', content: dataBlock('evaluations', turns.join('\n\n')) },
  ];
}
