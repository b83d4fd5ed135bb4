// Specification of section detection from English and Korean headings.
import { describe, expect, it } from 'vitest';
import { detectSections, headingKey, sectionOfHeading } from '../../src/cv/detect-sections.js';

describe('cv section detection', () => {
  it('splits an English CV by its headings and keeps the header in other', () => {
    const text = [
      'Jane Doe',
      'Work Experience',
      'Engineer at Acme',
      'Projects:',
      'Queue Lens',
      'Technical Skills',
      'Go, SQL',
      'EDUCATION',
      'BSc Leeds',
    ].join('\n');
    expect(detectSections(text)).toEqual({
      experience: 'Engineer at Acme',
      projects: 'Queue Lens',
      skills: 'Go, SQL',
      education: 'BSc Leeds',
      other: 'Jane Doe',
    });
  });

  it('recognises Korean headings, spaced or not', () => {
    const text = '김하늘\n경력 사항\n네이버 백엔드\n프로젝트\n매칭 서비스\n기술 스택\nJava\n학력\n서울대학교';
    const sections = detectSections(text);
    expect(sections.experience).toBe('네이버 백엔드');
    expect(sections.projects).toBe('매칭 서비스');
    expect(sections.skills).toBe('Java');
    expect(sections.education).toBe('서울대학교');
    expect(sectionOfHeading('경력')).toBe('experience');
    expect(sectionOfHeading('경력사항')).toBe('experience');
    expect(sectionOfHeading('기술')).toBe('skills');
  });

  it('closes up letter-spaced headings and ignores bullets, icons and accents', () => {
    expect(headingKey('E X P E R I E N C E')).toBe('experience');
    expect(sectionOfHeading('■ Professional Experience:')).toBe('experience');
    expect(sectionOfHeading('COMPETENCES')).toBe('skills');
    expect(sectionOfHeading('Honors & Awards')).toBe('other');
  });

  it('ends a section at a known uninteresting heading instead of swelling it', () => {
    const sections = detectSections('Education\nKAIST\nAwards\nBest paper 2020');
    expect(sections.education).toBe('KAIST');
    expect(sections.other).toBe('Best paper 2020');
  });

  it('concatenates a section that appears twice, as two-column layouts produce', () => {
    const sections = detectSections('Skills\nKotlin\nExperience\nToss\nSkills\nSwift');
    expect(sections.skills).toBe('Kotlin\nSwift');
  });

  it('does not take a long sentence that starts with a heading word for a heading', () => {
    const sections = detectSections('Experience\nExperience with distributed systems at scale and on-call');
    expect(sections.experience).toBe('Experience with distributed systems at scale and on-call');
  });

  it('leaves absent sections as empty strings', () => {
    expect(detectSections('Just a name')).toEqual({
      experience: '',
      projects: '',
      skills: '',
      education: '',
      other: 'Just a name',
    });
  });
});
