// The covered/missing lists measured on the hand-labelled set (bench/data/key-point-labels.jsonl).
// Floors sit a little under the figures `npm run bench:key-points` printed when they were set; they
// guard against regressions and are far from the 0.85 target, which this detector does not reach.
import { describe, expect, it } from 'vitest';
import { detectKeyPoints } from '../../../bench/key-points.js';
import { coveredPrecisionRecall, loadLabelledPairs } from '../../../bench/key-point-set.js';

describe('key-point detector on the labelled set', async () => {
  const pairs = await loadLabelledPairs();
  const detected = await detectKeyPoints(pairs);
  const figures = (language: 'en' | 'ko') => {
    const keep = pairs
      .map((pair, i) => ({ pair, said: detected[i]! }))
      .filter(({ pair }) => pair.question.language === language);
    return coveredPrecisionRecall(
      keep.map((k) => k.pair),
      keep.map((k) => k.said),
    );
  };

  it('holds at least 300 pairs in English and Korean, a part of them kept aside for checking', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(300);
    expect(pairs.filter((pair) => pair.split === 'check').length).toBeGreaterThanOrEqual(100);
    expect(new Set(pairs.map((pair) => pair.question.language))).toEqual(new Set(['en', 'ko']));
  });

  it('keeps English precision and recall of "covered" at their measured level (0.69 / 0.73)', () => {
    const f = figures('en');
    expect(f.precision).toBeGreaterThanOrEqual(0.64);
    expect(f.recall).toBeGreaterThanOrEqual(0.68);
  });

  it('keeps Korean precision and recall of "covered" at their measured level (0.69 / 0.55)', () => {
    const f = figures('ko');
    expect(f.precision).toBeGreaterThanOrEqual(0.63);
    expect(f.recall).toBeGreaterThanOrEqual(0.5);
  });
});
