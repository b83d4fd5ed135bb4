// Self-consistency of the question bank with the offline evaluator: every example answer should score
// high against its own question; blank, off-topic and restating answers low. Prints the distributions.
import { loadSeedBank } from '../src/bank/index.js';
import type { BankQuestion } from '../src/domain/types.js';
import { createOfflineProvider } from '../src/llm/offline/offline-provider.js';
import type { EvaluationInput } from '../src/llm/types.js';

/** Score each question's own example answer, a blank, an off-topic answer and a restatement. */
export async function bankConsistency() {
  const bank = await loadSeedBank();
  const questions: BankQuestion[] = [...bank.technical, ...bank.behavioural];
  const offline = createOfflineProvider({
    corpus: questions.map((q) => `${q.question}\n${q.exampleAnswer}\n${q.keyPoints.join('\n')}`),
  });
  const rubrics = new Map(bank.rubrics.map((r) => [`${r.competency}:${r.language}`, r]));
  const rows: {
    id: string;
    language: string;
    kind: string;
    own: number;
    blank: number;
    offTopic: number;
    restated: number;
  }[] = [];
  for (const [index, q] of questions.entries()) {
    // Off topic: an example answer from a distant field in the same language (AI vs the rest, technical vs behavioural).
    const wanted = (o: BankQuestion) =>
      q.kind === 'behavioural'
        ? o.kind === 'technical' && o.position === 'be'
        : q.position === 'ai'
          ? o.kind === 'technical' && o.position === 'mobile'
          : o.kind === 'technical' && o.position === 'ai';
    const pool = questions.filter((o) => o.language === q.language && wanted(o));
    const other = pool[index % pool.length]!;
    const input = (answer: string): EvaluationInput => ({
      kind: q.kind,
      language: q.language,
      position: q.kind === 'technical' ? q.position : 'be',
      question: q.question,
      answer,
      exampleAnswer: q.exampleAnswer,
      keyPoints: q.keyPoints,
      topic: q.kind === 'technical' ? q.topic : q.competency,
      rubric: q.kind === 'behavioural' ? rubrics.get(`${q.competency}:${q.language}`) : undefined,
    });
    rows.push({
      id: q.id,
      language: q.language,
      kind: q.kind,
      own: (await offline.evaluateAnswer(input(q.exampleAnswer))).score,
      blank: (await offline.evaluateAnswer(input(''))).score,
      offTopic: (await offline.evaluateAnswer(input(other.exampleAnswer))).score,
      restated: (await offline.evaluateAnswer(input(q.question))).score,
    });
  }
  return rows;
}

function histogram(values: number[]): string {
  const counts = Array.from({ length: 11 }, (_, score) => values.filter((v) => v === score).length);
  return counts.map((n, score) => `${score}:${n}`).join(' ');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await bankConsistency();
  for (const [label, key] of [
    ['own example answer', 'own'],
    ['blank answer', 'blank'],
    ['off-topic answer', 'offTopic'],
    ['restated question', 'restated'],
  ] as const) {
    const values = rows.map((row) => row[key]);
    const sorted = [...values].sort((a, b) => a - b);
    console.log(
      `${label.padEnd(20)} n=${values.length} min=${sorted[0]} median=${sorted[Math.floor(sorted.length / 2)]} max=${sorted.at(-1)}  ${histogram(values)}`,
    );
  }
  const weakest = [...rows].sort((a, b) => a.own - b.own).slice(0, 5);
  console.log(`lowest own scores: ${weakest.map((r) => `${r.id}/${r.language}=${r.own}`).join(', ')}`);
  const highOff = [...rows].sort((a, b) => b.offTopic - a.offTopic).slice(0, 5);
  console.log(
    `highest off-topic scores: ${highOff.map((r) => `${r.id}/${r.language}=${r.offTopic}`).join(', ')}`,
  );
}
