// Writes hand-written follow-up questions into a bank CSV's follow_ups column, refusing any that do not line up.
// Usage: npx tsx scripts/merge-follow-ups.ts seeds/questions/technical-be.csv batch.txt [more-batches.txt …]
// A batch has one line per row: `<id> <language>: <question> | <question> | …`, one question per key point.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { joinKeyPoints, splitKeyPoints } from '../src/bank/text.js';

const [csvPath, ...batchPaths] = process.argv.slice(2);
if (!csvPath || batchPaths.length === 0) {
  console.error('usage: tsx scripts/merge-follow-ups.ts FILE.csv BATCH.txt [BATCH.txt …]');
  process.exit(2);
}

const table = parse(readFileSync(csvPath, 'utf8')) as string[][];
const header = table[0]!;
const column = (name: string) => header.indexOf(name);
if (column('follow_ups') < 0) {
  header.splice(column('key_points') + 1, 0, 'follow_ups');
  for (const row of table.slice(1)) row.splice(column('follow_ups'), 0, '');
}
const rowsByKey = new Map(
  table.slice(1).map((row) => [`${row[column('id')]} ${row[column('language')]}`, row]),
);

/** Merge one batch line into its row; a problem description when it does not line up. */
function mergeLine(line: string, where: string): string | undefined {
  const match = /^(\S+) (en|ko): (.+)$/.exec(line.trim());
  if (!match) return `${where}: not "<id> <language>: q | q | …"`;
  const [, id, language, cell] = match;
  const row = rowsByKey.get(`${id} ${language}`);
  if (!row) return `${where}: no row ${id} ${language} in ${csvPath}`;
  const keyPoints = splitKeyPoints(row[column('key_points')]!);
  const followUps = splitKeyPoints(cell!);
  if (followUps.length !== keyPoints.length) {
    return `${where}: ${followUps.length} follow-ups for ${keyPoints.length} key points`;
  }
  row[column('follow_ups')] = joinKeyPoints(followUps);
  return undefined;
}

const problems: string[] = [];
let merged = 0;
for (const batchPath of batchPaths) {
  readFileSync(batchPath, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const problem = mergeLine(line, `${batchPath}:${index + 1}`);
      if (problem) problems.push(problem);
      else merged += 1;
    });
}

if (problems.length > 0) {
  console.error(
    problems.slice(0, 20).join('\n'),
    problems.length > 20 ? `\n… ${problems.length - 20} more` : '',
  );
  process.exit(1);
}
writeFileSync(csvPath, stringify(table, { record_delimiter: '\n' }));
const missing = table.slice(1).filter((row) => row[column('follow_ups')] === '').length;
console.log(`${csvPath}: merged ${merged} rows; ${missing} rows still without follow-ups`);
