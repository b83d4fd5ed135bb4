// Prints the shared bank's counts, near-duplicates and validation errors: `npm run bank:stats [-- --lang ko]`.
import { describeIssue } from '../src/bank/issues.js';
import { loadSeedBank } from '../src/bank/load-seed-bank.js';
import { findNearDuplicates, NEAR_DUPLICATE_THRESHOLD } from '../src/bank/similarity.js';
import { behaviouralTable, technicalTable } from '../src/bank/stats.js';
import type { Language } from '../src/domain/types.js';
import { t } from '../src/i18n/index.js';

const languageFlag = process.argv.indexOf('--lang');
const language: Language = process.argv[languageFlag + 1] === 'ko' && languageFlag >= 0 ? 'ko' : 'en';
const bank = await loadSeedBank();

console.log(`Technical questions (${bank.technical.length}) by position/topic, difficulty × language\n`);
for (const line of technicalTable(bank.technical)) console.log(line);

console.log(`\nBehavioural questions (${bank.behavioural.length}) by competency × language\n`);
for (const line of behaviouralTable(bank.behavioural)) console.log(line);

const rubricKeys = bank.rubrics.map((rubric) => `${rubric.competency}/${rubric.language}`).sort();
console.log(`\nCompetency rubrics (${bank.rubrics.length}): ${rubricKeys.join(', ')}`);

const duplicates = findNearDuplicates([
  ...bank.technical.map((q) => ({ id: q.id, language: q.language, question: q.question, group: q.position })),
  ...bank.behavioural.map((q) => ({
    id: q.id,
    language: q.language,
    question: q.question,
    group: 'behavioural',
  })),
]);
console.log(`\nNear-duplicates (similarity ≥ ${NEAR_DUPLICATE_THRESHOLD}): ${duplicates.length}`);
for (const { a, b, similarity } of duplicates) {
  console.log(
    `  ${a.language}: ${t(language, 'bank.near_duplicate', { id: a.id, otherId: b.id, similarity: similarity.toFixed(2) })}`,
  );
}

console.log(`\nValidation errors: ${bank.errors.length}`);
for (const issue of bank.errors) console.log(`  ${describeIssue(language, issue)}`);
process.exitCode = bank.errors.length > 0 ? 1 : 0;
