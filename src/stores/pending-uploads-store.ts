// Admins who ran `/interview bank import` without a file and are expected to share the CSV next. In the
// database, so the file may arrive at any instance, and a restart within the wait loses nothing.
import type { Knex } from 'knex';
import { isUniqueViolation } from '../db/errors.js';
import type { UserRef } from '../platform/types.js';

/** How long the bot waits for the file. */
export const PENDING_UPLOAD_TTL_MS = 10 * 60 * 1000;

/** Admins waiting to share a bank CSV, with when their wait ends. */
export interface PendingUploads {
  expect(user: UserRef, now: number): Promise<void>;
  /** True (and forgotten) when `user` was waiting and the wait has not expired; true for one caller only. */
  claim(user: UserRef, now: number): Promise<boolean>;
  /** True when `user` is waiting and the wait has not expired; nothing is claimed. */
  waiting(user: UserRef, now: number): Promise<boolean>;
  /** End `user`'s wait; true when there was one that had not expired (an interview started instead). */
  cancel(user: UserRef, now: number): Promise<boolean>;
}

const keyOf = (user: UserRef) => `${user.platform}:${user.workspaceId}:${user.userId}`;

/** Knex-backed pending uploads. */
export function createPendingUploadsStore(knex: Knex, ttlMs = PENDING_UPLOAD_TTL_MS): PendingUploads {
  return {
    async expect(user, now) {
      await knex('pending_uploads').where('expires_at', '<=', now).delete();
      const row = { user_key: keyOf(user), expires_at: now + ttlMs };
      try {
        await knex('pending_uploads').insert(row);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        await knex('pending_uploads')
          .where({ user_key: row.user_key })
          .update({ expires_at: row.expires_at });
      }
    },
    async claim(user, now) {
      // The delete is the claim: of two instances seeing the same file event, one deletes the row.
      const deleted = await knex('pending_uploads')
        .where({ user_key: keyOf(user) })
        .where('expires_at', '>', now)
        .delete();
      return Number(deleted) > 0;
    },
    async waiting(user, now) {
      const row = await knex('pending_uploads')
        .where({ user_key: keyOf(user) })
        .where('expires_at', '>', now)
        .first('user_key');
      return row !== undefined;
    },
    async cancel(user, now) {
      // An expired row was no wait any more: it goes too, but is not worth telling the user about.
      const live = await knex('pending_uploads')
        .where({ user_key: keyOf(user) })
        .where('expires_at', '>', now)
        .delete();
      await knex('pending_uploads')
        .where({ user_key: keyOf(user) })
        .delete();
      return Number(live) > 0;
    },
  };
}
