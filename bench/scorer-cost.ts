// What the offline evaluator costs: lexicon load time and memory, and CPU time per answer on the bank's answers.
// Run: npm run bench:scorer-cost   (figures are noisy on a shared machine; compare runs made back to back)
import { loadSeedBank } from '../src/bank/index.js';
import { createOfflineProvider } from '../src/llm/offline/offline-provider.js';
import { englishLexicon } from '../src/llm/offline/lexicon/english-lexicon.js';
import type { EvaluationInput } from '../src/llm/types.js';

const rssBefore = process.memoryUsage().rss;
const loadStart = performance.now();
englishLexicon();
const loadMs = performance.now() - loadStart;
const rssAfterLoad = process.memoryUsage().rss;

const bank = await loadSeedBank();
const questions = bank.technical;
const provider = createOfflineProvider({
  corpus: [...bank.technical, ...bank.behavioural].map(
    (q) => `${q.question}\n${q.exampleAnswer}\n${q.keyPoints.join('\n')}`,
  ),
});
// A realistic answer: the first half of the example answer (a partial answer of usual chat length).
const inputs: EvaluationInput[] = questions.map((q) => ({
  kind: 'technical',
  language: q.language,
  position: q.position,
  question: q.question,
  answer: q.exampleAnswer.slice(0, Math.ceil(q.exampleAnswer.length / 2)),
  exampleAnswer: q.exampleAnswer,
  keyPoints: q.keyPoints,
}));
for (const input of inputs.slice(0, 20)) await provider.evaluateAnswer(input); // warm-up
const times: number[] = [];
for (const input of inputs) {
  const start = process.cpuUsage();
  await provider.evaluateAnswer(input);
  const used = process.cpuUsage(start);
  times.push((used.user + used.system) / 1000);
}
times.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(
  `lexicon load: ${loadMs.toFixed(0)} ms, RSS +${((rssAfterLoad - rssBefore) / 1e6).toFixed(0)} MB`,
);
console.log(
  `CPU per technical answer (${times.length} bank answers, half an example answer each): mean ${mean.toFixed(2)} ms, ` +
    `p50 ${times[Math.floor(times.length / 2)]!.toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(2)} ms`,
);
console.log(`RSS after scoring: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
