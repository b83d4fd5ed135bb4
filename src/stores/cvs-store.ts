// CVs as extracted: text, sections and a redacted copy; forgetting keeps only anonymous metadata.
import type { Knex } from 'knex';
import { insertReturningId } from '../db/insert.js';
import { fromJson, toJson } from '../db/json.js';

export interface CvRecord {
  id: number;
  userId: number;
  fileName: string;
  bytes: number;
  pages: number;
  sha256: string;
  text: string | null;
  redactedText: string | null;
  sections: Record<string, string>;
  redactedSections: Record<string, string>;
  createdAt: number;
  deletedAt: number | null;
}

export interface NewCv {
  userId: number;
  fileName: string;
  bytes: number;
  pages: number;
  sha256: string;
  text: string;
  redactedText: string;
  sections: Record<string, string>;
  redactedSections: Record<string, string>;
}

export interface CvsStore {
  save(cv: NewCv, now: number): Promise<CvRecord>;
  get(id: number): Promise<CvRecord | undefined>;
  /** Remove the text of every CV the user gave, keeping size and page counts. */
  forgetForUser(userId: number, now: number): Promise<number>;
}

/** Knex-backed CV store. */
export function createCvsStore(knex: Knex): CvsStore {
  const toRecord = (row: Record<string, unknown>): CvRecord => ({
    id: Number(row.id),
    userId: Number(row.user_id),
    fileName: String(row.file_name),
    bytes: Number(row.bytes),
    pages: Number(row.pages),
    sha256: String(row.sha256),
    text: (row.text as string | null) ?? null,
    redactedText: (row.redacted_text as string | null) ?? null,
    sections: fromJson(row.sections, {}),
    redactedSections: fromJson(row.redacted_sections, {}),
    createdAt: Number(row.created_at),
    deletedAt: row.deleted_at === null || row.deleted_at === undefined ? null : Number(row.deleted_at),
  });

  return {
    async save(cv, now) {
      const id = await insertReturningId(knex, 'cvs', {
        user_id: cv.userId,
        file_name: cv.fileName.slice(0, 255),
        bytes: cv.bytes,
        pages: cv.pages,
        sha256: cv.sha256,
        text: cv.text,
        redacted_text: cv.redactedText,
        sections: toJson(cv.sections),
        redacted_sections: toJson(cv.redactedSections),
        created_at: now,
      });
      return toRecord(await knex('cvs').where({ id }).first());
    },
    async get(id) {
      const row = await knex('cvs').where({ id }).first();
      return row ? toRecord(row) : undefined;
    },
    async forgetForUser(userId, now) {
      return knex('cvs').where({ user_id: userId }).whereNull('deleted_at').update({
        text: null,
        redacted_text: null,
        sections: null,
        redacted_sections: null,
        file_name: '[deleted]',
        deleted_at: now,
      });
    },
  };
}
