// `/interview settings [key] [value]` (admins): see or change this workspace's interview settings.
import type { z } from 'zod';
import { UserError } from '../src/errors.js';
import { type MessageKey, t } from '../src/i18n/index.js';
import type { WorkspaceSettings } from '../src/stores/workspace-settings-store.js';
import { workspaceSettingsSchema } from '../src/stores/workspace-settings-store.js';
import { type CommandContext, defineCommand } from './define-command.js';

type SettingKey = keyof WorkspaceSettings;

/** What an admin may change, how they type it, and how a typed value is read. */
const SETTINGS: { name: string; key: SettingKey; parse(value: string): unknown }[] = [
  { name: 'quota', key: 'quota', parse: Number },
  { name: 'quota-days', key: 'quotaPeriodDays', parse: Number },
  { name: 'technical', key: 'technical', parse: Number },
  { name: 'behavioural', key: 'behavioural', parse: Number },
  { name: 'personal', key: 'personal', parse: Number },
  {
    name: 'follow-ups',
    key: 'followUps',
    parse: (v) => ({ on: true, true: true, off: false, false: false })[v],
  },
  { name: 'language', key: 'language', parse: (v) => v },
];

/** The environment's value for each setting, shown when the workspace has none of its own. */
function defaultsOf(ctx: CommandContext): Required<WorkspaceSettings> {
  const env = ctx.services.config.env;
  return {
    quota: env.SESSION_QUOTA,
    quotaPeriodDays: env.QUOTA_PERIOD_DAYS,
    technical: env.TECHNICAL_QUESTIONS,
    behavioural: env.BEHAVIOURAL_QUESTIONS,
    personal: env.PERSONAL_QUESTIONS,
    followUps: env.FOLLOW_UPS,
    language: env.DEFAULT_LANGUAGE,
  };
}

const show = (value: unknown) => (typeof value === 'boolean' ? (value ? 'on' : 'off') : String(value));

export const settingsCommand = defineCommand({
  name: 'settings',
  description: {
    en: 'Interview settings for this workspace (admins)',
    ko: '이 워크스페이스의 면접 설정 (관리자)',
  },
  admin: true,
  example: 'settings quota 5',
  options: {
    key: {
      type: 'string',
      required: false,
      description: { en: 'Setting to change', ko: '바꿀 설정' },
      choices: SETTINGS.map((s) => ({ value: s.name, label: { en: s.name, ko: s.name } })),
    },
    value: {
      type: 'string',
      required: false,
      description: { en: 'New value, or "default"', ko: '새 값 또는 "default"' },
    },
  },
  async run(ctx, args) {
    const lang = ctx.language;
    const { settings, now } = ctx.services;
    const { platform, workspaceId } = ctx.user;
    if (args.key) {
      const setting = SETTINGS.find((s) => s.name === args.key)!;
      if (!args.value) throw new UserError('commands.settings_value_needed', { key: setting.name });
      const patch: Record<string, unknown> = {
        [setting.key]: args.value === 'default' ? undefined : setting.parse(args.value.toLowerCase()),
      };
      const parsed = (workspaceSettingsSchema as z.ZodType<WorkspaceSettings>).safeParse(patch);
      if (!parsed.success || (args.value !== 'default' && patch[setting.key] === undefined)) {
        throw new UserError('commands.settings_bad_value', {
          key: setting.name,
          value: args.value.slice(0, 40),
        });
      }
      await settings.update(platform, workspaceId, patch as WorkspaceSettings, now());
    }
    const current = await settings.get(platform, workspaceId);
    const defaults = defaultsOf(ctx);
    return [
      {
        tone: args.key ? 'success' : 'info',
        ephemeral: true,
        title: t(lang, 'commands.settings_title'),
        text: args.key
          ? t(lang, 'commands.settings_saved', { key: args.key })
          : t(lang, 'commands.settings_how'),
        fields: SETTINGS.map((s) => {
          const own = current[s.key];
          return {
            name: `${s.name} — ${t(lang, `commands.setting.${s.key}` as MessageKey)}`,
            value:
              own === undefined
                ? `${show(defaults[s.key as keyof typeof defaults])} (${t(lang, 'commands.settings_default')})`
                : show(own),
            inline: true,
          };
        }),
      },
    ];
  },
});
