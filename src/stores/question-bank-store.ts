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

/** Knex-backed question bank store. */
export function createQuestionBankStore(knex: Knex): QuestionBankStore {
  return {
    async upsert(questions, workspaceKey, source, now) {
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
    async listTechnical({ position, language, workspaceKey }) {
      const rows = await knex('questions')
        .where({ kind: 'technical', position, language })
        .whereIn('workspace_key', ['', workspaceKey])
        .orderBy('id');
      return rows.map(toQuestion);
    },
    async listBehavioural({ language, workspaceKey }) {
      const rows = await knex('questions')
        .where({ kind: 'behavioural', language })
        .whereIn('workspace_key', ['', workspaceKey])
        .orderBy('id');
      return rows.map(toQuestion);
    },
    async listWorkspace(workspaceKey) {
      if (workspaceKey === '') return [];
      const rows = await knex('questions').where({ workspace_key: workspaceKey }).orderBy('id');
      return rows.map(toQuestion);
    },
    async get(dbId) {
      const row = await knex('questions').where({ id: dbId }).first();
      return row ? toQuestion(row) : undefined;
    },
    async rubric(competency, language) {
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
    },
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
}
