// The question bank in the database: the shared seed bank plus each workspace's own questions.
import type { Knex } from 'knex';
import { fromJson, toJson } from '../db/json.js';
import type {
  BankQuestion,
  BehaviouralQuestion,
  CompetencyRubric,
  Language,
  Position,
  TechnicalQuestion,
} from '../domain/types.js';

/** A bank question as stored, with its database id (turns reference it). */
export type StoredQuestion = BankQuestion & { dbId: number };

export interface QuestionBankStore {
  /** Insert or update questions under `workspaceKey` ('' = shared bank). Returns how many were new. */
  upsert(questions: BankQuestion[], workspaceKey: string, source: string, now: number): Promise<number>;
  upsertRubrics(rubrics: CompetencyRubric[]): Promise<void>;
  /** Technical questions for a position: the shared bank plus the workspace's own. */
  listTechnical(filter: {
    position: Position;
    language: Language;
    workspaceKey: string;
  }): Promise<StoredQuestion[]>;
  listBehavioural(filter: { language: Language; workspaceKey: string }): Promise<StoredQuestion[]>;
  /** Every question a workspace imported (for export). */
  listWorkspace(workspaceKey: string): Promise<StoredQuestion[]>;
  get(dbId: number): Promise<StoredQuestion | undefined>;
  rubric(competency: string, language: Language): Promise<CompetencyRubric | undefined>;
  countShared(): Promise<number>;
  /** Texts of the whole shared bank, for learning term weights. */
  corpus(): Promise<string[]>;
}

function toQuestion(row: Record<string, unknown>): StoredQuestion {
  const workspaceKey = String(row.workspace_key ?? '');
  const common = {
    dbId: Number(row.id),
    id: String(row.external_id),
    language: row.language as Language,
    question: String(row.question),
    exampleAnswer: String(row.example_answer),
    keyPoints: fromJson<string[]>(row.key_points, []),
    ...(row.follow_ups ? { followUps: fromJson<string[]>(row.follow_ups, []) } : {}),
    workspaceId: workspaceKey === '' ? null : workspaceKey,
  };
  if (row.kind === 'behavioural') {
    return { ...common, kind: 'behavioural', competency: String(row.competency) } as BehaviouralQuestion & {
      dbId: number;
    };
  }
  return {
    ...common,
    kind: 'technical',
    position: row.position as Position,
    topic: String(row.topic),
    difficulty: Number(row.difficulty) as 1 | 2 | 3,
  } as TechnicalQuestion & { dbId: number };
}

/**
 * How long a bank read is served from memory. Questions change only by a seed or an admin's import: this
 * instance forgets its copy at once when it writes, and another instance's import shows within this time.
 */
const BANK_CACHE_MS = 60_000;

/** Knex-backed question bank store; selections and rubrics are kept in memory, mapped once. */
export function createQuestionBankStore(knex: Knex, options: { now?: () => number } = {}): QuestionBankStore {
  const now = options.now ?? Date.now;
  const cache = new Map<string, { at: number; value: Promise<unknown> }>();
  /** The cached result of `load` under `key`, loaded again when stale or failed. */
  const cached = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const hit = cache.get(key);
    if (hit && now() - hit.at < BANK_CACHE_MS) return hit.value as Promise<T>;
    const value = load();
    cache.set(key, { at: now(), value });
    value.catch(() => cache.delete(key));
    return value;
  };
  const store: QuestionBankStore = {
    async upsert(questions, workspaceKey, source, now) {
      cache.clear();
      const before = await knex('questions').where({ workspace_key: workspaceKey }).count({ n: '*' }).first();
      const rows = questions.map((q) => ({
        external_id: q.id,
        workspace_key: workspaceKey,
        kind: q.kind,
        position: q.kind === 'technical' ? q.position : null,
        topic: q.kind === 'technical' ? q.topic : null,
        competency: q.kind === 'behavioural' ? q.competency : null,
        difficulty: q.kind === 'technical' ? q.difficulty : 2,
        language: q.language,
        question: q.question,
        example_answer: q.exampleAnswer,
        key_points: toJson(q.keyPoints),
        follow_ups: q.followUps ? toJson(q.followUps) : null,
        source,
        created_at: now,
      }));
      await knex.transaction(async (trx) => {
        for (let i = 0; i < rows.length; i += 200) {
          await trx('questions')
            .insert(rows.slice(i, i + 200))
            .onConflict(['workspace_key', 'kind', 'external_id', 'language'])
            .merge([
              'position',
              'topic',
              'competency',
              'difficulty',
              'question',
              'example_answer',
              'key_points',
              'follow_ups',
            ]);
        }
      });
      const after = await knex('questions').where({ workspace_key: workspaceKey }).count({ n: '*' }).first();
      return Number(after?.n ?? 0) - Number(before?.n ?? 0);
    },
    async upsertRubrics(rubrics) {
      if (rubrics.length === 0) return;
      cache.clear();
      await knex('competency_rubrics')
        .insert(
          rubrics.map((r) => ({
            competency: r.competency,
            language: r.language,
            name: r.name,
            weak: r.weak,
            solid: r.solid,
            strong: r.strong,
          })),
        )
        .onConflict(['competency', 'language'])
        .merge();
    },
    listTechnical: ({ position, language, workspaceKey }) =>
      cached(`technical:${position}:${language}:${workspaceKey}`, () =>
        loadTechnical({ position, language, workspaceKey }),
      ),
    listBehavioural: ({ language, workspaceKey }) =>
      cached(`behavioural:${language}:${workspaceKey}`, () => loadBehavioural({ language, workspaceKey })),
    async listWorkspace(workspaceKey) {
      if (workspaceKey === '') return [];
      const rows = await knex('questions').where({ workspace_key: workspaceKey }).orderBy('id');
      return rows.map(toQuestion);
    },
    async get(dbId) {
      const row = await knex('questions').where({ id: dbId }).first();
      return row ? toQuestion(row) : undefined;
    },
    rubric: (competency, language) =>
      cached(`rubric:${competency}:${language}`, () => loadRubric(competency, language)),
    async countShared() {
      const row = await knex('questions').where({ workspace_key: '' }).count({ n: '*' }).first();
      return Number(row?.n ?? 0);
    },
    async corpus() {
      const rows = await knex('questions')
        .where({ workspace_key: '' })
        .select('question', 'example_answer', 'key_points');
      return rows.map(
        (row) =>
          `${row.question}\n${row.example_answer}\n${fromJson<string[]>(row.key_points, []).join('\n')}`,
      );
    },
  };

  async function loadTechnical(filter: { position: Position; language: Language; workspaceKey: string }) {
    const rows = await knex('questions')
      .where({ kind: 'technical', position: filter.position, language: filter.language })
      .whereIn('workspace_key', ['', filter.workspaceKey])
      .orderBy('id');
    return rows.map(toQuestion);
  }

  async function loadBehavioural(filter: { language: Language; workspaceKey: string }) {
    const rows = await knex('questions')
      .where({ kind: 'behavioural', language: filter.language })
      .whereIn('workspace_key', ['', filter.workspaceKey])
      .orderBy('id');
    return rows.map(toQuestion);
  }

  async function loadRubric(competency: string, language: Language): Promise<CompetencyRubric | undefined> {
    const row = await knex('competency_rubrics').where({ competency, language }).first();
    if (!row) return undefined;
    return {
      competency: row.competency,
      language: row.language,
      name: row.name,
      weak: row.weak,
      solid: row.solid,
      strong: row.strong,
    };
  }

  return store;
}
