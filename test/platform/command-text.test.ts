// The one command-text grammar (Slack slash command text and console lines), as a table of inputs.
import { describe, expect, it } from 'vitest';
import { parseCommandText, tokenize } from '../../src/platform/command-text.js';
import type { CommandDescriptor, CommandOptionDescriptor } from '../../src/platform/types.js';

const text = (name: string, choices?: string[]): CommandOptionDescriptor => ({
  name,
  description: { en: name, ko: name },
  type: 'string',
  required: false,
  choices: choices?.map((value) => ({ value, label: { en: value, ko: value } })),
});

const COMMANDS: CommandDescriptor[] = [
  {
    name: 'start',
    description: { en: 'Start', ko: '시작' },
    admin: false,
    options: [
      text('position', ['be', 'fe']),
      text('language', ['en', 'ko']),
      { name: 'cv', description: { en: 'CV', ko: '이력서' }, type: 'attachment', required: false },
      { ...text('seed'), scripted: true },
    ],
  },
  {
    name: 'import',
    description: { en: 'Import', ko: '가져오기' },
    admin: true,
    options: [text('kind'), text('note')],
  },
  { name: 'help', description: { en: 'Help', ko: '도움말' }, admin: false, options: [] },
];

const CASES: [string, string, { name: string; options: Record<string, string> }][] = [
  ['the first word names the subcommand', 'start be', { name: 'start', options: { position: 'be' } }],
  [
    'the leading /interview is optional',
    '/interview start be',
    { name: 'start', options: { position: 'be' } },
  ],
  ['the subcommand in any case', 'START Backend', { name: 'start', options: { position: 'Backend' } }],
  [
    'words fill options in order',
    'start be ko',
    { name: 'start', options: { position: 'be', language: 'ko' } },
  ],
  [
    'Korean values as typed',
    'start 프론트엔드 한국어',
    { name: 'start', options: { position: '프론트엔드', language: '한국어' } },
  ],
  ['name=value', 'start language=ko be', { name: 'start', options: { language: 'ko', position: 'be' } }],
  [
    'name:value',
    'start language:ko position:fe',
    { name: 'start', options: { language: 'ko', position: 'fe' } },
  ],
  [
    'an option name in any case',
    'start LANGUAGE=ko be',
    { name: 'start', options: { language: 'ko', position: 'be' } },
  ],
  [
    '--name value, as scripts write options',
    'start be --seed 42',
    { name: 'start', options: { position: 'be', seed: '42' } },
  ],
  [
    '--name=value, before the positional words',
    'start --seed=7 be ko',
    { name: 'start', options: { seed: '7', position: 'be', language: 'ko' } },
  ],
  [
    'a scripted option is never filled by position',
    'start be ko 42',
    { name: 'start', options: { position: 'be', language: 'ko 42' } },
  ],
  [
    'a word like name=value that names no option stays a value',
    'import a=b',
    { name: 'import', options: { kind: 'a=b' } },
  ],
  [
    'the last text option takes the rest of the line',
    'import technical from the club wiki',
    { name: 'import', options: { kind: 'technical', note: 'from the club wiki' } },
  ],
  [
    'the rest goes to the last option even when it has choices (for parse-args to refuse)',
    'start be ko extra',
    { name: 'start', options: { position: 'be', language: 'ko extra' } },
  ],
  [
    'named options leave the rest to the remaining ones',
    'import note=hello technical',
    { name: 'import', options: { note: 'hello', kind: 'technical' } },
  ],
  [
    'double quotes keep words together',
    'import "two words" rest of it',
    { name: 'import', options: { kind: 'two words', note: 'rest of it' } },
  ],
  [
    'curly quotes',
    'import “동아리 위키” 메모',
    { name: 'import', options: { kind: '동아리 위키', note: '메모' } },
  ],
  ['single quotes', "import 'a b' c", { name: 'import', options: { kind: 'a b', note: 'c' } }],
  [
    'a quoted value after name=',
    'import note="from the wiki" technical',
    { name: 'import', options: { note: 'from the wiki', kind: 'technical' } },
  ],
  [
    'a quoted Korean value after name:',
    'import kind:"행동 질문" 메모 한 줄',
    { name: 'import', options: { kind: '행동 질문', note: '메모 한 줄' } },
  ],
  [
    'apostrophes inside words are text',
    "import technical don't panic",
    { name: 'import', options: { kind: 'technical', note: "don't panic" } },
  ],
  ['empty text is help', '', { name: 'help', options: {} }],
  ['blank text is help', '   ', { name: 'help', options: {} }],
  ['/interview alone is help', '/interview', { name: 'help', options: {} }],
  ['an unknown subcommand is help', 'dance be', { name: 'help', options: {} }],
  ['a glued prefix is not /interview', '/interviewstart be', { name: 'help', options: {} }],
];

describe('command text', () => {
  it.each(CASES)('%s: %s', (_rule, input, expected) => {
    expect(parseCommandText(input, COMMANDS)).toEqual(expected);
  });

  it('knows only the commands it is given', () => {
    expect(parseCommandText('start be', [])).toEqual({ name: 'help', options: {} });
  });

  it('runs an unclosed quote to the end of the line', () => {
    expect(tokenize('import "half open')).toEqual(['import', 'half open']);
  });
});
