// Registering /interview and /interview-admin: the JSON Discord receives, guild-scoped or global, admin hidden.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_COMMAND,
  buildApplicationCommands,
  MEMBER_COMMAND,
} from '../../adapters/discord/command-builder.js';
import { createDiscordRest, registerDiscordCommands } from '../../adapters/discord/command-registrar.js';
import { commandDescriptors } from '../../commands/index.js';
import type { CommandDescriptor } from '../../src/platform/types.js';
import { type FakeDiscord, startFakeDiscord } from './harness.js';

const descriptors: CommandDescriptor[] = [
  {
    name: 'start',
    description: { en: 'Start a mock interview', ko: '모의 면접 시작' },
    admin: false,
    options: [
      {
        name: 'cv',
        type: 'attachment',
        required: false,
        description: { en: 'Your CV (PDF)', ko: '이력서 PDF' },
      },
      {
        name: 'position',
        type: 'string',
        required: true,
        description: { en: 'Position', ko: '직무' },
        choices: [
          { value: 'be', label: { en: 'Backend', ko: '백엔드' } },
          { value: 'fe', label: { en: 'Frontend', ko: '프론트엔드' } },
        ],
      },
    ],
  },
  { name: 'skip', description: { en: 'Skip the question', ko: '질문 건너뛰기' }, admin: false, options: [] },
  { name: 'stats', description: { en: 'Group statistics', ko: '그룹 통계' }, admin: true, options: [] },
];

describe('discord command registration', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(() => fake.close());

  it('puts member subcommands under /interview, open to everyone, in servers and DMs', () => {
    const [member] = buildApplicationCommands(descriptors);
    expect(member!.name).toBe(MEMBER_COMMAND);
    expect(member!.default_member_permissions).toBeUndefined();
    expect(member!.contexts).toEqual([0, 1]);
    expect(member!.options!.map((o) => o.name)).toEqual(['start', 'skip']);
  });

  it('hides admin subcommands under /interview-admin, visible only with Manage Server by default', () => {
    const admin = buildApplicationCommands(descriptors).find((c) => c.name === ADMIN_COMMAND);
    expect(admin!.default_member_permissions).toBe('32');
    expect(admin!.contexts).toEqual([0]);
    expect(admin!.options!.map((o) => o.name)).toEqual(['stats']);
  });

  it('lists required options first, with choices and Korean localisations', () => {
    const [member] = buildApplicationCommands(descriptors);
    const start = member!.options![0] as unknown as {
      options: Record<string, unknown>[];
      description_localizations: unknown;
    };
    expect(start.description_localizations).toEqual({ ko: '모의 면접 시작' });
    expect(start.options.map((o) => [o.name, o.type, o.required])).toEqual([
      ['position', 3, true],
      ['cv', 11, false],
    ]);
    expect(start.options[0]!.choices).toEqual([
      { name: 'Backend', name_localizations: { ko: '백엔드' }, value: 'be' },
      { name: 'Frontend', name_localizations: { ko: '프론트엔드' }, value: 'fe' },
    ]);
  });

  it('registers in one guild when a guild id is set, over REST without a gateway connection', async () => {
    const rest = createDiscordRest({ token: fake.token, apiBaseUrl: fake.apiBaseUrl });
    await registerDiscordCommands(rest, { appId: fake.appId, guildId: fake.guild.id }, descriptors);
    const [call] = fake.callsTo(
      'PUT',
      new RegExp(`^/applications/${fake.appId}/guilds/${fake.guild.id}/commands$`),
    );
    expect((call!.body as { name: string }[]).map((c) => c.name)).toEqual(['interview', 'interview-admin']);
    expect(fake.callsTo('GET', /^\/gateway\/bot$/)).toHaveLength(0);
    expect(fake.gateway.identifies).toHaveLength(0);
  });

  it('registers globally when no guild id is set', async () => {
    const rest = createDiscordRest({ token: fake.token, apiBaseUrl: fake.apiBaseUrl });
    await registerDiscordCommands(rest, { appId: fake.appId }, descriptors);
    expect(fake.callsTo('PUT', new RegExp(`^/applications/${fake.appId}/commands$`))).toHaveLength(1);
  });

  it('accepts every real command within Discord limits, with stats only under the admin command', () => {
    const commands = buildApplicationCommands(commandDescriptors());
    const names = (i: number) => commands[i]!.options!.map((o) => o.name);
    expect(names(0)).toEqual(expect.arrayContaining(['start', 'skip', 'end', 'status', 'history', 'report']));
    expect(names(0)).not.toContain('stats');
    expect(names(1)).toContain('stats');
    for (const command of commands) {
      for (const sub of command.options ?? []) {
        expect(sub.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(sub.description.length).toBeLessThanOrEqual(100);
        const options = (sub as { options?: { required?: boolean }[] }).options ?? [];
        const firstOptional = options.findIndex((o) => !o.required);
        if (firstOptional >= 0) expect(options.slice(firstOptional).every((o) => !o.required)).toBe(true);
      }
    }
  });
});
