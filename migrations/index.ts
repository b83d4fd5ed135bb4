// Every migration, in order. Listed explicitly (no folder scanning) so tsx, vitest and a bundle all see the same list.
import type { Knex } from 'knex';
import * as initialSchema from './001-initial-schema.js';
import * as followUpsQuestions from './009-followups-questions.js';
import * as sharedState from './013-shared-state.js';
import * as dailyQuestion from './015-daily-question.js';
import * as forgottenSessions from './011-forgotten-sessions.js';

export interface Migration {
  name: string;
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

// In the order they landed (a name's number is its issue): a database migrated before one was added
// applies it next.
export const migrations: Migration[] = [
  initialSchema,
  followUpsQuestions,
  sharedState,
  dailyQuestion,
  forgottenSessions,
];
