// Slash command text parsing against the platform-neutral command descriptors.
import { describe, expect, it } from 'vitest';
import { parseCommandText, tokenize } from '../../adapters/slack/command-text.js';
import type { CommandDescriptor } from '../../src/platform/types.js';
import { TEST_COMMANDS } from './harness.js';

const COMMANDS: CommandDescriptor[] = [
  ...TEST_COMMANDS,
  {
    name: 'import',
    description: { en: 'Import questions', ko: '질문 가져오기' },
    admin: true,
    options: [
      { name: 'kind', description: { en: 'Kind', ko: '종류' }, type: 'string', required: true },
      { name: 'note', description: { en: 'Note', ko: '메모' }, type: 'string', required: false },
    ],
  },
];

describe('slash command text', () => {
  it('maps the first word to the subcommand and the next to its first option', () => {
    expect(parseCommandText('start be', COMMANDS)).toEqual({ name: 'start', options: { position: 'be' } });
  });

  it('passes values on as typed, for the command layer to match or reject', () => {
    expect(parseCommandText('START Backend', COMMANDS)).toEqual({
      name: 'start',
      options: { position: 'Backend' },
    });
    expect(parseCommandText('start 프론트엔드', COMMANDS).options).toEqual({ position: '프론트엔드' });
  });

  it('gives the last text option the rest of the line, and honours name=value', () => {
    expect(parseCommandText('import technical from the club wiki', COMMANDS).options).toEqual({
      kind: 'technical',
      note: 'from the club wiki',
    });
    expect(parseCommandText('import note=hello kind=behavioural', COMMANDS).options).toEqual({
      kind: 'behavioural',
      note: 'hello',
    });
  });

  it('skips attachment options, which Slack commands cannot carry', () => {
    expect(parseCommandText('start be extra', COMMANDS).options).toEqual({ position: 'be extra' });
  });

  it('falls back to help for empty text and unknown subcommands', () => {
    expect(parseCommandText('', COMMANDS)).toEqual({ name: 'help', options: {} });
    expect(parseCommandText('   ', COMMANDS)).toEqual({ name: 'help', options: {} });
    expect(parseCommandText('dance be', COMMANDS)).toEqual({ name: 'help', options: {} });
    expect(parseCommandText('start be', [])).toEqual({ name: 'help', options: {} });
  });

  it('keeps straight and curly quoted phrases together', () => {
    expect(tokenize('import "two words" “three more words” x')).toEqual([
      'import',
      'two words',
      'three more words',
      'x',
    ]);
  });
});
