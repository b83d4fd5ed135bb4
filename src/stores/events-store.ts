// Platform event ids already handled, so a retried or replayed event is processed once.
import type { Knex } from 'knex';
import { isUniqueViolation } from '../db/errors.js';

export interface EventsStore {
  /** Mark an event as processed. Returns false when it had been seen before. */
  markProcessed(platform: string, eventId: string, now: number): Promise<boolean>;
  /** Forget ids older than `before` (retries never come that late). */
  prune(before: number): Promise<number>;
}

/** Knex-backed processed-events store. */
export function createEventsStore(knex: Knex): EventsStore {
  return {
    async markProcessed(platform, eventId, now) {
      try {
        await knex('processed_events').insert({
          platform,
          event_id: eventId.slice(0, 128),
          processed_at: now,
        });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async prune(before) {
      return knex('processed_events').where('processed_at', '<', before).delete();
    },
  };
}
