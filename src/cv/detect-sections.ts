// Splits normalised CV text into experience / projects / skills / education / other by recognising headings.
import { CV_SECTION_NAMES, type CvSectionName, SECTION_HEADINGS } from './section-headings.js';

const MAX_HEADING_LENGTH = 48;

/**
 * The heading key of a line: bullets, numbering, icons and trailing colons or rules removed, spaced
 * capitals ("E X P E R I E N C E") closed up, accents dropped ("COMPETENCES" = "Compétences"),
 * lower-cased, without spaces. "&" and "and" are equivalent.
 */
export function headingKey(line: string): string {
  let text = line.trim();
  if (/^(?:\S ){3,}\S$/u.test(text)) text = text.replace(/ /g, '');
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/^[^\p{L}]+/u, '')
    .replace(/[^\p{L}]+$/u, '')
    .replace(/&/g, 'and')
    .replace(/\s+/g, '');
}

const headingIndex = new Map<string, CvSectionName>();
for (const name of CV_SECTION_NAMES) {
  for (const heading of SECTION_HEADINGS[name]) headingIndex.set(headingKey(heading), name);
}

/** The section a line opens, if it is a heading. */
export function sectionOfHeading(line: string): CvSectionName | undefined {
  if (line.length > MAX_HEADING_LENGTH) return undefined;
  return headingIndex.get(headingKey(line));
}

/** An empty string for every section. */
export function emptySections(): Record<CvSectionName, string> {
  return { experience: '', projects: '', skills: '', education: '', other: '' };
}

/**
 * Assign every line to the section whose heading precedes it. Lines before the first heading (name,
 * contact, summary) go to `other`; a section that appears twice (two-column layouts) is concatenated.
 * Headings themselves are not repeated in the section text.
 */
export function detectSections(text: string): Record<CvSectionName, string> {
  const collected: Record<CvSectionName, string[]> = {
    experience: [],
    projects: [],
    skills: [],
    education: [],
    other: [],
  };
  let section: CvSectionName = 'other';
  for (const line of text.split('\n')) {
    const heading = sectionOfHeading(line);
    if (heading) {
      section = heading;
      continue;
    }
    collected[section].push(line);
  }
  const sections = emptySections();
  for (const name of CV_SECTION_NAMES) sections[name] = collected[name].join('\n').trim();
  return sections;
}
