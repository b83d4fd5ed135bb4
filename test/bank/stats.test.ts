// Specification of the bank statistics tables printed by scripts/bank-stats.ts.
import { describe, expect, it } from 'vitest';
import { behaviouralTable, technicalTable } from '../../src/bank/stats.js';
import type { BehaviouralQuestion, TechnicalQuestion } from '../../src/domain/types.js';

const technical = (
  id: string,
  topic: string,
  difficulty: 1 | 2 | 3,
  language: 'en' | 'ko',
): TechnicalQuestion => ({
  id,
  kind: 'technical',
  position: 'be',
  topic,
  difficulty,
  language,
  question: 'q',
  exampleAnswer: 'a',
  keyPoints: [],
  workspaceId: null,
});

const cells = (line: string | undefined) => (line ?? '').trim().split(/\s+/);

describe('bank statistics', () => {
  it('counts technical questions per topic by difficulty and language, with totals', () => {
    const lines = technicalTable([
      technical('be-db-1', 'databases', 1, 'en'),
      technical('be-db-1', 'databases', 1, 'ko'),
      technical('be-db-2', 'databases', 3, 'en'),
      technical('be-os-1', 'os', 2, 'en'),
    ]);
    expect(cells(lines[0])).toEqual([
      'position/topic',
      'd1/en',
      'd1/ko',
      'd2/en',
      'd2/ko',
      'd3/en',
      'd3/ko',
      'en',
      'ko',
      'total',
    ]);
    expect(cells(lines.find((line) => line.startsWith('be/databases')))).toEqual([
      'be/databases',
      '1',
      '1',
      '0',
      '0',
      '1',
      '0',
      '2',
      '1',
      '3',
    ]);
    expect(cells(lines.find((line) => line.startsWith('be/os')))).toEqual([
      'be/os',
      '0',
      '0',
      '1',
      '0',
      '0',
      '0',
      '1',
      '0',
      '1',
    ]);
    expect(cells(lines.find((line) => line.startsWith('be total')))).toEqual([
      'be',
      'total',
      '1',
      '1',
      '1',
      '0',
      '1',
      '0',
      '3',
      '1',
      '4',
    ]);
  });

  it('counts behavioural questions per competency and language', () => {
    const question = (competency: string, language: 'en' | 'ko'): BehaviouralQuestion => ({
      id: `beh-${competency}`,
      kind: 'behavioural',
      competency,
      language,
      question: 'q',
      exampleAnswer: 'a',
      keyPoints: [],
      workspaceId: null,
    });
    const lines = behaviouralTable([
      question('growth', 'en'),
      question('growth', 'ko'),
      question('conflict', 'en'),
    ]);
    expect(cells(lines.find((line) => line.startsWith('growth')))).toEqual(['growth', '1', '1', '2']);
    expect(cells(lines.find((line) => line.startsWith('conflict')))).toEqual(['conflict', '1', '0', '1']);
    expect(cells(lines.at(-1))).toEqual(['total', '2', '1', '3']);
  });
});
