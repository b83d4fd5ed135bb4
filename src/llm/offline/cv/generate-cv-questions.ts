// Offline CV questions: templates filled with the CV's own lines, each quoted verbatim, adapted to the position.
import type { CvQuestion, Language, Position } from '../../../domain/types.js';
import { type MessageKey, t } from '../../../i18n/index.js';
import type { CvQuestionInput } from '../../types.js';
import { type CvLine, rankCvLines } from './cv-lines.js';

type Template = 'metric' | 'tech' | 'project' | 'generic';

const NO_CONTENT_KEYS: MessageKey[] = [
  'offline.cv.q.no_content.1',
  'offline.cv.q.no_content.2',
  'offline.cv.q.no_content.3',
  'offline.cv.q.no_content.4',
  'offline.cv.q.no_content.5',
];

/** Templates that fit a line, most specific first; the generic one only when nothing specific fits. */
function templatesFor(line: CvLine): Template[] {
  const fits: Template[] = [];
  if (line.hasNumber) fits.push('metric');
  if (line.technologies.length > 0) fits.push('tech');
  if (line.hasAction) fits.push('project');
  return fits.length > 0 ? fits : ['generic'];
}

/** The fitting template used least so far, so five questions do not all sound the same. */
function pickTemplate(line: CvLine, used: Map<Template, number>): Template {
  const fits = templatesFor(line);
  let best = fits[0]!;
  for (const template of fits) if ((used.get(template) ?? 0) < (used.get(best) ?? 0)) best = template;
  used.set(best, (used.get(best) ?? 0) + 1);
  return best;
}

function questionFor(line: CvLine, template: Template, language: Language, position: Position): CvQuestion {
  const tech =
    line.technologies.find((mention) => mention.relevant)?.text ?? line.technologies[0]?.text ?? '';
  const params = { quote: line.text, tech };
  const question = `${t(language, `offline.cv.q.${template}`, params)} ${t(language, `offline.cv.angle.${position}`)}`;
  return {
    question,
    quote: line.text,
    criteria: [
      t(language, `offline.cv.c.${template}`, params),
      t(language, `offline.cv.c.position.${position}`),
      t(language, 'offline.cv.c.outcome'),
    ],
  };
}

/** Lines to ask about: the best strict candidates, topped up from a relaxed pass, never the same text twice. */
function chooseLines(input: CvQuestionInput): CvLine[] {
  const chosen: CvLine[] = [];
  const seen = new Set<string>();
  for (const strict of [true, false]) {
    for (const line of rankCvLines(input.cvText, input.sections, input.position, strict)) {
      const key = line.text.toLowerCase().replace(/\s+/g, ' ');
      if (chosen.length >= input.count || seen.has(key)) continue;
      seen.add(key);
      chosen.push(line);
    }
  }
  return chosen;
}

/**
 * Generate `count` personal questions from the CV. Each quotes the CV line it asks about verbatim and
 * carries three criteria (the template's own, the position's angle, the outcome). Lines with numbers,
 * technologies and project verbs come first; a thin CV yields questions on whatever lines it has, and a
 * CV with nothing usable yields generic questions about the experience it should have shown.
 */
export function generateCvQuestions(input: CvQuestionInput): CvQuestion[] {
  const { language, position } = input;
  const used = new Map<Template, number>();
  const questions = chooseLines(input).map((line) =>
    questionFor(line, pickTemplate(line, used), language, position),
  );
  for (let i = 0; questions.length < input.count && i < NO_CONTENT_KEYS.length; i++) {
    questions.push({
      question: `${t(language, NO_CONTENT_KEYS[i]!)} ${t(language, `offline.cv.angle.${position}`)}`,
      quote: '',
      criteria: [
        t(language, 'offline.cv.c.generic'),
        t(language, `offline.cv.c.position.${position}`),
        t(language, 'offline.cv.c.outcome'),
      ],
    });
  }
  return questions;
}
