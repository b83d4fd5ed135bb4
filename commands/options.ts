// Options shared by several commands, declared once.
import type { Language, Position } from '../src/domain/types.js';
import type { TextOptionSpec } from './define-command.js';

/** The position to practise for; users may type the short code or a common name. */
export const positionOption = {
  type: 'string',
  required: true,
  description: { en: 'The position to practise for', ko: '연습할 직무' },
  choices: [
    {
      value: 'ai',
      label: { en: 'AI / ML', ko: 'AI / 머신러닝' },
      aliases: ['ml', 'machine-learning', 'data'],
    },
    {
      value: 'be',
      label: { en: 'Backend', ko: '백엔드' },
      aliases: ['backend', 'back-end', 'server', '백엔드'],
    },
    {
      value: 'fe',
      label: { en: 'Frontend', ko: '프론트엔드' },
      aliases: ['frontend', 'front-end', 'web', '프론트엔드'],
    },
    { value: 'mobile', label: { en: 'Mobile', ko: '모바일' }, aliases: ['ios', 'android', 'app', '모바일'] },
  ],
} as const satisfies TextOptionSpec<Position>;

const LANGUAGE_CHOICE = {
  type: 'string',
  description: { en: 'Interview language', ko: '면접 언어' },
  choices: [
    { value: 'en', label: { en: 'English', ko: '영어' }, aliases: ['english', '영어'] },
    { value: 'ko', label: { en: 'Korean', ko: '한국어' }, aliases: ['korean', 'kr', '한국어', '한국말'] },
  ],
} as const satisfies Omit<TextOptionSpec<Language>, 'required'>;

/** A language choice; `required` is kept as a literal so the command's argument is typed from it. */
export function languageOption<R extends boolean>(required: R): typeof LANGUAGE_CHOICE & { required: R } {
  return { ...LANGUAGE_CHOICE, required };
}
