// The report card on the console, whole bot: written under the exports folder, its path printed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodePng } from '../charts/png-probe.js';
import { finishOneQuestionInterview, ONE_QUESTION } from '../charts/short-interview.js';
import { readFileSync } from 'node:fs';
import { waitForText } from '../contract/adapter-contract.js';
import { type ConsoleContractHarness, createConsoleHarness } from './contract-harness.js';

describe('report card on the console', () => {
  let h: ConsoleContractHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('saves the card as a PNG under the exports folder and prints its path under the report', async () => {
    h = createConsoleHarness();
    await h.start(ONE_QUESTION);
    await finishOneQuestionInterview(h, 'alice');
    const text = await waitForText(h, 'alice', /Chart saved: /);
    const saved = text.match(/Chart saved: (\S+\.png)/)![1]!;
    expect(path.dirname(saved)).toBe(path.resolve(h.exportDir));
    expect(path.basename(saved)).toMatch(/^report-card-[0-9a-f]{8}\.png$/);
    expect(existsSync(saved)).toBe(true);
    const png = decodePng(readFileSync(saved));
    expect([png.width, png.height]).toEqual([1200, 675]);
    expect(text.indexOf('Overall')).toBeGreaterThan(-1);
    expect(text.indexOf('Chart saved')).toBeGreaterThan(text.indexOf('Overall'));
  });
});
