// Per-workspace overrides of the interview defaults (quota, question counts, follow-ups, language).
import type { Knex } from 'knex';
import { z } from 'zod';
import { fromJson, toJson } from '../db/json.js';

/** What a workspace may override; anything absent falls back to the environment's defaults. */
export const workspaceSettingsSchema = z
  .object({
    quota: z.number().int().min(1).max(10_000),
    quotaPeriodDays: z.number().int().min(1).max(3650),
    technical: z.number().int().min(0).max(20),
    behavioural: z.number().int().min(0).max(10),
    personal: z.number().int().min(0).max(10),
    followUps: z.boolean(),
    language: z.enum(['en', 'ko']),
  })
  .partial();

export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

export interface WorkspaceSettingsStore {
  get(platform: string, workspaceId: string): Promise<WorkspaceSettings>;
  /** Merge `patch` into the stored settings. */
  update(
    platform: string,
    workspaceId: string,
    patch: WorkspaceSettings,
    now: number,
  ): Promise<WorkspaceSettings>;
}

/** Knex-backed workspace settings. */
export function createWorkspaceSettingsStore(knex: Knex): WorkspaceSettingsStore {
  const get = async (platform: string, workspaceId: string) => {
    const row = await knex('workspace_settings').where({ platform, workspace_id: workspaceId }).first();
    const parsed = workspaceSettingsSchema.safeParse(fromJson(row?.settings, {}));
    return parsed.success ? parsed.data : {};
  };
  return {
    get,
    async update(platform, workspaceId, patch, now) {
      const merged = workspaceSettingsSchema.parse({ ...(await get(platform, workspaceId)), ...patch });
      await knex('workspace_settings')
        .insert({ platform, workspace_id: workspaceId, settings: toJson(merged), updated_at: now })
        .onConflict(['platform', 'workspace_id'])
        .merge();
      return merged;
    },
  };
}
