// Users, keyed by (platform, workspace, platform user id), with the language they chose.
import type { Knex } from 'knex';
import type { Language, Platform } from '../domain/types.js';
import type { UserRef } from '../platform/types.js';

export interface UserRecord {
  id: number;
  platform: Platform;
  workspaceId: string;
  platformUserId: string;
  displayName: string | null;
  /** The language the user chose with `lang`, if any. */
  locale: Language | null;
}

export interface UsersStore {
  /** Find or create the user behind `ref`, refreshing the display name. */
  upsert(ref: UserRef, now: number): Promise<UserRecord>;
  get(id: number): Promise<UserRecord | undefined>;
  setLocale(id: number, locale: Language, now: number): Promise<void>;
  /** Drop personal details, keeping the row so anonymous counts survive. */
  forgetPersonal(id: number, now: number): Promise<void>;
}

/** Knex-backed users store. */
export function createUsersStore(knex: Knex): UsersStore {
  const toRecord = (row: Record<string, unknown>): UserRecord => ({
    id: Number(row.id),
    platform: row.platform as Platform,
    workspaceId: String(row.workspace_id),
    platformUserId: String(row.platform_user_id),
    displayName: (row.display_name as string | null) ?? null,
    locale: (row.locale as Language | null) ?? null,
  });
  const find = (ref: UserRef) =>
    knex('users')
      .where({ platform: ref.platform, workspace_id: ref.workspaceId, platform_user_id: ref.userId })
      .first();

  return {
    async upsert(ref, now) {
      const existing = await find(ref);
      if (existing) {
        if (ref.displayName && ref.displayName !== existing.display_name) {
          await knex('users')
            .where({ id: existing.id })
            .update({ display_name: ref.displayName.slice(0, 200), updated_at: now });
          existing.display_name = ref.displayName;
        }
        return toRecord(existing);
      }
      await knex('users')
        .insert({
          platform: ref.platform,
          workspace_id: ref.workspaceId,
          platform_user_id: ref.userId,
          display_name: ref.displayName?.slice(0, 200) ?? null,
          locale: null,
          created_at: now,
          updated_at: now,
        })
        .onConflict(['platform', 'workspace_id', 'platform_user_id'])
        .ignore();
      return toRecord(await find(ref));
    },
    async get(id) {
      const row = await knex('users').where({ id }).first();
      return row ? toRecord(row) : undefined;
    },
    async setLocale(id, locale, now) {
      await knex('users').where({ id }).update({ locale, updated_at: now });
    },
    async forgetPersonal(id, now) {
      await knex('users').where({ id }).update({ display_name: null, updated_at: now });
    },
  };
}
