// The manifest a club admin pastes must grant exactly what the adapter uses, within Slack's field limits.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLASH_COMMAND } from '../../adapters/slack/slack-adapter.js';

const manifest = readFileSync(new URL('../../slack-manifest.yml', import.meta.url), 'utf8');
/** `key: value` on one line, quotes removed. */
const field = (key: string) =>
  new RegExp(`^\\s*${key}: (.+)$`, 'm').exec(manifest)?.[1]?.replace(/^"|"$/g, '');

describe('slack-manifest.yml', () => {
  it('declares the slash command the adapter listens to', () => {
    expect(manifest).toContain(`- command: ${SLASH_COMMAND}\n`);
  });

  it('asks for every scope the adapter calls, and no more', () => {
    const scopes = [...manifest.matchAll(/^\s+- ([a-z]+(?::[a-z]+)?)\s*(?:#.*)?$/gm)]
      .map((match) => match[1])
      .filter((scope) => !scope?.startsWith('message.'));
    expect(scopes.sort()).toEqual([
      'channels:history',
      'channels:read',
      'chat:write',
      'commands',
      'files:read',
      'files:write',
      'groups:history',
      'groups:read',
      'im:history',
      'im:write',
      'users:read',
    ]);
  });

  it('subscribes to DMs and channel threads, turns on interactivity and Socket Mode, and lets users write in the DM', () => {
    expect(manifest).toMatch(/bot_events:\n\s+- message\.im\n\s+- message\.channels\n\s+- message\.groups\n/);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true\n/);
    expect(field('socket_mode_enabled')).toBe('true');
    expect(field('messages_tab_enabled')).toBe('true');
    expect(field('messages_tab_read_only_enabled')).toBe('false');
  });

  it('keeps the short description within Slack’s 140 characters', () => {
    expect(field('description')?.length).toBeLessThanOrEqual(140);
  });
});
