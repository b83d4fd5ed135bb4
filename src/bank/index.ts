// The question bank's public surface: parse, check, load, export and measure bank CSV files.
export { deriveKeyPoints } from './derive-key-points.js';
export { exportBehaviouralCsv, exportCompetenciesCsv, exportTechnicalCsv } from './export-csv.js';
export type { BankIssue, BankMessageKey, ParseResult } from './issues.js';
export { describeIssue } from './issues.js';
export type { SeedBank } from './load-seed-bank.js';
export { loadSeedBank, SEED_QUESTIONS_DIR } from './load-seed-bank.js';
export { BEHAVIOURAL_COLUMNS, parseBehaviouralCsv } from './parse-behavioural.js';
export { COMPETENCY_COLUMNS, parseCompetenciesCsv } from './parse-competencies.js';
export type { ParseOptions } from './parse-technical.js';
export { parseTechnicalCsv, TECHNICAL_COLUMNS } from './parse-technical.js';
export type { ComparableQuestion, NearDuplicate } from './similarity.js';
export { findNearDuplicates, NEAR_DUPLICATE_THRESHOLD, questionSimilarity } from './similarity.js';
export { behaviouralTable, technicalTable } from './stats.js';
export { COMPETENCIES, TOPICS } from './taxonomy.js';
export { LIMITS } from './validate.js';
