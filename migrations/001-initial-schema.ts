// The initial schema: users, CVs, the question bank, sessions and turns, jobs, LLM calls, settings, events.
// Portable across SQLite, PostgreSQL and MySQL/MariaDB: timestamps are epoch milliseconds in BIGINT,
// JSON is stored as text, and every string that is indexed has an explicit length (MySQL needs it).
import type { Knex } from 'knex';

export const name = '001-initial-schema';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.increments('id').primary();
    t.string('platform', 16).notNullable();
    t.string('workspace_id', 64).notNullable();
    t.string('platform_user_id', 64).notNullable();
    t.string('display_name', 200);
    t.string('locale', 8);
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.unique(['platform', 'workspace_id', 'platform_user_id']);
  });

  await knex.schema.createTable('cvs', (t) => {
    t.increments('id').primary();
    t.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE');
    t.string('file_name', 255).notNullable();
    t.integer('bytes').notNullable();
    t.integer('pages').notNullable();
    t.string('sha256', 64).notNullable();
    t.text('text', 'mediumtext');
    t.text('redacted_text', 'mediumtext');
    t.text('sections', 'mediumtext');
    t.text('redacted_sections', 'mediumtext');
    t.bigInteger('created_at').notNullable();
    t.bigInteger('deleted_at');
    t.index(['user_id', 'sha256']);
  });

  await knex.schema.createTable('questions', (t) => {
    t.increments('id').primary();
    t.string('external_id', 64).notNullable();
    // '' for the shared bank; otherwise "<platform>:<workspace>" so a club's questions never leak.
    t.string('workspace_key', 100).notNullable().defaultTo('');
    t.string('kind', 16).notNullable();
    t.string('position', 16);
    t.string('topic', 48);
    t.string('competency', 48);
    t.integer('difficulty').notNullable().defaultTo(2);
    t.string('language', 4).notNullable();
    t.text('question').notNullable();
    t.text('example_answer').notNullable();
    t.text('key_points').notNullable();
    t.string('source', 100).notNullable().defaultTo('seed');
    t.bigInteger('created_at').notNullable();
    t.unique(['workspace_key', 'kind', 'external_id', 'language']);
    t.index(['kind', 'position', 'language']);
  });

  await knex.schema.createTable('competency_rubrics', (t) => {
    t.string('competency', 48).notNullable();
    t.string('language', 4).notNullable();
    t.string('name', 100).notNullable();
    t.text('weak').notNullable();
    t.text('solid').notNullable();
    t.text('strong').notNullable();
    t.primary(['competency', 'language']);
  });

  await knex.schema.createTable('sessions', (t) => {
    t.increments('id').primary();
    t.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE');
    t.string('platform', 16).notNullable();
    t.string('workspace_id', 64).notNullable();
    t.integer('cv_id').unsigned().references('cvs.id').onDelete('SET NULL');
    t.string('position', 16).notNullable();
    t.string('language', 4).notNullable();
    t.string('state', 16).notNullable();
    t.text('conversation_ref').notNullable();
    t.text('plan').notNullable();
    t.integer('current_turn_id');
    t.text('progress_ref');
    t.bigInteger('started_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.bigInteger('finished_at');
    t.double('overall_score');
    t.text('report', 'mediumtext');
    t.bigInteger('report_sent_at');
    t.index(['user_id', 'state']);
    t.index(['platform', 'workspace_id', 'started_at']);
  });

  await knex.schema.createTable('turns', (t) => {
    t.increments('id').primary();
    t.integer('session_id').unsigned().notNullable().references('sessions.id').onDelete('CASCADE');
    t.integer('seq').notNullable();
    t.string('kind', 16).notNullable();
    t.integer('question_id');
    t.integer('parent_turn_id');
    t.string('topic', 48);
    t.text('question').notNullable();
    t.text('question_meta');
    t.string('status', 16).notNullable();
    t.bigInteger('asked_at').notNullable();
    t.bigInteger('answered_at');
    t.text('answer');
    t.double('score');
    t.text('evaluation');
    t.string('evaluator', 100);
    t.boolean('degraded').notNullable().defaultTo(false);
    t.bigInteger('evaluated_at');
    t.unique(['session_id', 'seq']);
  });

  await knex.schema.createTable('generated_questions', (t) => {
    t.increments('id').primary();
    t.integer('session_id').unsigned().notNullable().references('sessions.id').onDelete('CASCADE');
    t.integer('seq').notNullable();
    t.text('question').notNullable();
    t.text('quote').notNullable();
    t.text('criteria').notNullable();
    t.string('generator', 100).notNullable();
    t.boolean('degraded').notNullable().defaultTo(false);
    t.bigInteger('created_at').notNullable();
    t.unique(['session_id', 'seq']);
  });

  await knex.schema.createTable('jobs', (t) => {
    t.increments('id').primary();
    t.string('type', 48).notNullable();
    t.text('payload').notNullable();
    t.string('status', 16).notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.integer('max_attempts').notNullable().defaultTo(5);
    t.bigInteger('run_at').notNullable();
    t.string('locked_by', 64);
    t.bigInteger('locked_until');
    t.text('last_error');
    t.string('dedupe_key', 160).unique();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.index(['status', 'run_at']);
  });

  await knex.schema.createTable('llm_calls', (t) => {
    t.increments('id').primary();
    t.string('provider', 48).notNullable();
    t.string('model', 100).notNullable();
    t.string('operation', 32).notNullable();
    t.string('workspace_key', 100);
    t.integer('session_id');
    t.bigInteger('started_at').notNullable();
    t.integer('latency_ms').notNullable();
    t.integer('prompt_tokens').notNullable().defaultTo(0);
    t.integer('completion_tokens').notNullable().defaultTo(0);
    t.double('cost_usd').notNullable().defaultTo(0);
    t.string('outcome', 24).notNullable();
    t.text('error');
    t.index(['provider', 'started_at']);
    t.index(['workspace_key', 'started_at']);
  });

  await knex.schema.createTable('workspace_settings', (t) => {
    t.string('platform', 16).notNullable();
    t.string('workspace_id', 64).notNullable();
    t.text('settings').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.primary(['platform', 'workspace_id']);
  });

  await knex.schema.createTable('processed_events', (t) => {
    t.string('platform', 16).notNullable();
    t.string('event_id', 128).notNullable();
    t.bigInteger('processed_at').notNullable();
    t.primary(['platform', 'event_id']);
  });

  // Small key/value facts about this installation, e.g. which version of the seed bank is loaded.
  await knex.schema.createTable('app_meta', (t) => {
    t.string('key', 64).primary();
    t.text('value').notNullable();
  });

  await knex.schema.createTable('quota_refusals', (t) => {
    t.increments('id').primary();
    t.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE');
    t.string('platform', 16).notNullable();
    t.string('workspace_id', 64).notNullable();
    t.bigInteger('refused_at').notNullable();
    t.index(['platform', 'workspace_id', 'refused_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'quota_refusals',
    'app_meta',
    'processed_events',
    'workspace_settings',
    'llm_calls',
    'jobs',
    'generated_questions',
    'turns',
    'sessions',
    'competency_rubrics',
    'questions',
    'cvs',
    'users',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
