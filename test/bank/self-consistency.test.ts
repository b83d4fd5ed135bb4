// The bank agrees with the offline evaluator: each example answer scores high on its own question;
// a blank, an off-topic answer and a restatement of the question score low. Figures: npm run bank:consistency.
import { describe, expect, it } from 'vitest';
import { bankConsistency } from '../../bench/bank-consistency.js';

describe('question bank self-consistency with the offline evaluator', async () => {
  const rows = await bankConsistency();
  const share = (predicate: (row: (typeof rows)[number]) => boolean) =>
    rows.filter(predicate).length / rows.length;

  it('covers every technical and behavioural question in both languages', () => {
    expect(rows.length).toBeGreaterThanOrEqual(900);
    expect(new Set(rows.map((row) => row.language))).toEqual(new Set(['en', 'ko']));
  });

  it('scores every example answer at least 7/10 on its own question', () => {
    const weak = rows.filter((row) => row.own < 7).map((row) => `${row.id}/${row.language}=${row.own}`);
    expect(weak).toEqual([]);
    expect(share((row) => row.own >= 9)).toBeGreaterThan(0.9);
  });

  it('scores a blank answer 0 and a restatement of the question at most 1', () => {
    expect(rows.filter((row) => row.blank !== 0)).toEqual([]);
    expect(rows.filter((row) => row.restated > 1)).toEqual([]);
  });

  it('scores an answer from another field low', () => {
    expect(rows.filter((row) => row.kind === 'technical' && row.offTopic > 4)).toEqual([]);
    // A technical explanation that narrates in the past (e.g. how a protocol came about) can look like a story
    // to the lexical behavioural scorer; it still stays below the "solid" band.
    expect(rows.filter((row) => row.offTopic > 6)).toEqual([]);
    expect(share((row) => row.offTopic <= 3)).toBeGreaterThan(0.95);
  });
});
