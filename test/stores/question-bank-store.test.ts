// The question bank merges re-imports, keeps each workspace's questions to itself, and serves rubrics on every dialect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BehaviouralQuestion, CompetencyRubric, TechnicalQuestion } from '../../src/domain/types.js';
import { createQuestionBankStore, type QuestionBankStore } from '../../src/stores/question-bank-store.js';
import { testDatabases } from '../helpers/databases.js';

const NOW = Date.UTC(2025, 4, 20, 12, 0, 0);

function technical(id: string, overrides: Partial<TechnicalQuestion> = {}): TechnicalQuestion {
  return {
    id,
    kind: 'technical',
    position: 'be',
    topic: 'database',
    difficulty: 2,
    language: 'en',
    question: `What is ${id}?`,
    exampleAnswer: `${id} is explained here.`,
    keyPoints: [`${id} point one`, `${id} point two`],
    workspaceId: null,
    ...overrides,
  };
}

function behavioural(id: string, overrides: Partial<BehaviouralQuestion> = {}): BehaviouralQuestion {
  return {
    id,
    kind: 'behavioural',
    competency: 'teamwork',
    language: 'en',
    question: `Tell me about ${id}.`,
    exampleAnswer: `A STAR story about ${id}.`,
    keyPoints: ['situation', 'action', 'result'],
    workspaceId: null,
    ...overrides,
  };
}

const SHARED = [
  technical('be-index'),
  technical('be-tx', { topic: 'transactions', difficulty: 3 }),
  technical('be-index', { language: 'ko', question: '인덱스란 무엇인가요?', keyPoints: ['B-트리'] }),
  technical('fe-dom', { position: 'fe', topic: 'browser', difficulty: 1 }),
  behavioural('conflict'),
  behavioural('conflict', { language: 'ko', question: '갈등을 해결한 경험을 말해 주세요.' }),
];

describe.each(testDatabases())('question bank store on $name', (database) => {
  let store: QuestionBankStore;
  let destroy: () => Promise<void>;

  beforeAll(async () => {
    const created = await database.create();
    destroy = created.destroy;
    store = createQuestionBankStore(created.knex);
    expect(await store.upsert(SHARED, '', 'seed', NOW)).toBe(SHARED.length);
  });
  afterAll(async () => {
    await destroy();
  });

  it('adds nothing when the same questions are upserted again', async () => {
    expect(await store.upsert(SHARED, '', 'seed', NOW + 1)).toBe(0);
    expect(await store.countShared()).toBe(SHARED.length);
  });

  it('keeps the follow-up question of each key point, and none for rows that gave none', async () => {
    const withFollowUps = technical('be-queue', {
      topic: 'queues',
      keyPoints: ['Decouples producers from consumers', 'Absorbs load spikes'],
      followUps: ['What changes for the caller?', 'What happens when traffic triples?'],
    });
    await store.upsert([withFollowUps], 'discord:club', 'import:q.csv', NOW);
    const [stored] = await store.listWorkspace('discord:club');
    expect(stored).toMatchObject({ keyPoints: withFollowUps.keyPoints, followUps: withFollowUps.followUps });
    const shared = await store.listTechnical({ position: 'be', language: 'en', workspaceKey: '' });
    expect(shared.every((q) => q.followUps === undefined)).toBe(true);
  });

  it('counts only the new rows and updates the text of the existing ones', async () => {
    const edited = technical('be-index', { question: 'Explain database indexes.', keyPoints: ['B-tree'] });
    const added = await store.upsert([edited, technical('be-cache', { topic: 'caching' })], '', 'seed', NOW);
    expect(added).toBe(1);
    expect(await store.countShared()).toBe(SHARED.length + 1);
    const be = await store.listTechnical({ position: 'be', language: 'en', workspaceKey: '' });
    expect(be.map((q) => q.id)).toEqual(['be-index', 'be-tx', 'be-cache']);
    expect(be[0]).toMatchObject({ question: 'Explain database indexes.', keyPoints: ['B-tree'] });
    // The Korean twin with the same external id is a separate row and was not touched.
    const ko = await store.listTechnical({ position: 'be', language: 'ko', workspaceKey: '' });
    expect(ko).toHaveLength(1);
    expect(ko[0]).toMatchObject({ question: '인덱스란 무엇인가요?', keyPoints: ['B-트리'] });
  });

  it('returns a stored technical question with every field and its database id', async () => {
    const [tx] = (await store.listTechnical({ position: 'be', language: 'en', workspaceKey: '' })).filter(
      (q) => q.id === 'be-tx',
    );
    expect(tx).toEqual({ ...technical('be-tx', { topic: 'transactions', difficulty: 3 }), dbId: tx!.dbId });
    expect(await store.get(tx!.dbId)).toEqual(tx);
    expect(await store.get(999_999)).toBeUndefined();
  });

  it('lists behavioural questions by language', async () => {
    const en = await store.listBehavioural({ language: 'en', workspaceKey: '' });
    expect(en).toEqual([{ ...behavioural('conflict'), dbId: en[0]!.dbId }]);
    const ko = await store.listBehavioural({ language: 'ko', workspaceKey: '' });
    expect(ko.map((q) => q.question)).toEqual(['갈등을 해결한 경험을 말해 주세요.']);
  });

  it('shows a workspace its own questions next to the shared bank, and no other workspace ever sees them', async () => {
    const clubA = 'discord:club-a';
    const own = [
      technical('be-index', { question: 'Club A: how do our indexes work?' }),
      technical('club-only', { topic: 'club-infra' }),
      behavioural('club-story', { competency: 'ownership' }),
    ];
    expect(await store.upsert(own, clubA, 'import:admin', NOW)).toBe(3);
    // Same external id under another workspace key is a distinct row; the shared one is unchanged.
    expect(await store.countShared()).toBe(SHARED.length + 1);

    const forA = await store.listTechnical({ position: 'be', language: 'en', workspaceKey: clubA });
    expect(forA.filter((q) => q.workspaceId === clubA).map((q) => q.id)).toEqual(['be-index', 'club-only']);
    expect(forA.filter((q) => q.workspaceId === null).map((q) => q.id)).toEqual([
      'be-index',
      'be-tx',
      'be-cache',
    ]);
    const behaviouralForA = await store.listBehavioural({ language: 'en', workspaceKey: clubA });
    expect(behaviouralForA.map((q) => q.id)).toEqual(['conflict', 'club-story']);

    for (const other of ['discord:club-b', 'slack:club-a', '']) {
      const tech = await store.listTechnical({ position: 'be', language: 'en', workspaceKey: other });
      const beh = await store.listBehavioural({ language: 'en', workspaceKey: other });
      expect([...tech, ...beh].every((q) => q.workspaceId === null)).toBe(true);
      expect(tech.map((q) => q.question)).not.toContain('Club A: how do our indexes work?');
      expect(beh.map((q) => q.id)).not.toContain('club-story');
      expect(await store.listWorkspace(other)).toEqual([]);
    }
    expect((await store.listWorkspace(clubA)).map((q) => q.id)).toEqual([
      'be-index',
      'club-only',
      'club-story',
    ]);
  });

  it('builds the term corpus from the shared bank only, never from a workspace', async () => {
    const corpus = await store.corpus();
    expect(corpus).toHaveLength(await store.countShared());
    expect(corpus).toContain('What is be-tx?\nbe-tx is explained here.\nbe-tx point one\nbe-tx point two');
    expect(corpus.some((text) => text.startsWith('Club A'))).toBe(false);
  });

  it('stores competency rubrics per language and replaces them on upsert', async () => {
    const rubric: CompetencyRubric = {
      competency: 'teamwork',
      language: 'en',
      name: 'Teamwork',
      weak: 'Blames others.',
      solid: 'Shares credit.',
      strong: 'Lifts the whole team.',
    };
    const korean = { ...rubric, language: 'ko' as const, name: '협업', weak: '남 탓을 한다.' };
    await store.upsertRubrics([rubric, korean]);
    await store.upsertRubrics([{ ...rubric, strong: 'Makes the team better and says how.' }]);
    await store.upsertRubrics([]);
    expect(await store.rubric('teamwork', 'en')).toEqual({
      ...rubric,
      strong: 'Makes the team better and says how.',
    });
    expect(await store.rubric('teamwork', 'ko')).toEqual(korean);
    expect(await store.rubric('ownership', 'en')).toBeUndefined();
  });

  it('imports a bank larger than one insert batch', async () => {
    const many = Array.from({ length: 450 }, (_, i) =>
      technical(`bulk-${i}`, { position: 'mobile', topic: 'bulk' }),
    );
    expect(await store.upsert(many, 'slack:T-bulk', 'import', NOW)).toBe(450);
    expect(await store.upsert(many, 'slack:T-bulk', 'import', NOW)).toBe(0);
    expect(await store.listWorkspace('slack:T-bulk')).toHaveLength(450);
  });
});
