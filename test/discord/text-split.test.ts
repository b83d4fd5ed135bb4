// Splitting and trimming text for Discord's limits: boundaries, markdown balance, escapes.
import { describe, expect, it } from 'vitest';
import { splitText, trimText } from '../../adapters/discord/text-split.js';

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

describe('splitting text for discord', () => {
  it('keeps text that fits as one chunk', () => {
    expect(splitText('short answer', 2000)).toEqual(['short answer']);
  });

  it('cuts long prose at spaces, never inside a word, and loses no word', () => {
    const text = words(800);
    const chunks = splitText(text, 2000);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(2000);
      expect(chunk).toMatch(/^word\d+( word\d+)*$/);
    }
    expect(chunks.join(' ')).toBe(text);
  });

  it('prefers a paragraph break to a space', () => {
    const first = 'a '.repeat(700).trim();
    const second = 'b '.repeat(700).trim();
    expect(splitText(`${first}\n\n${second}`, 2000)).toEqual([first, second]);
  });

  it('closes a code block at the cut and reopens it with its language in the next chunk', () => {
    const code = Array.from({ length: 200 }, (_, i) => `const line${i} = ${i};`).join('\n');
    const chunks = splitText(`Example:\n\`\`\`ts\n${code}\n\`\`\``, 1000);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(1000);
      expect((chunk.match(/```/g) ?? []).length % 2).toBe(0);
    }
    expect(chunks[1]!.startsWith('```ts\n')).toBe(true);
    const lines = chunks
      .join('\n')
      .split('\n')
      .filter((l) => l.startsWith('const'));
    expect(lines).toHaveLength(200);
  });

  it('moves the cut before a bold span rather than splitting it', () => {
    const text = `${'x '.repeat(45)}**this bold phrase must stay whole** tail`;
    const chunks = splitText(text, 100);
    for (const chunk of chunks) expect((chunk.match(/\*\*/g) ?? []).length % 2).toBe(0);
    expect(chunks.some((c) => c.includes('**this bold phrase must stay whole**'))).toBe(true);
  });

  it('never separates an escaping backslash from what it escapes when a word must be cut', () => {
    for (let at = 85; at < 100; at += 1) {
      const text = `${'a'.repeat(at)}\\*${'b'.repeat(200)}`;
      const chunks = splitText(text, 100);
      for (const chunk of chunks) expect(chunk).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
      expect(chunks.join('')).toBe(text);
    }
  });

  it('never cuts between the halves of an emoji', () => {
    const text = '😀'.repeat(100);
    for (const chunk of splitText(text, 51)) expect(chunk).toMatch(/^(😀)+$/u);
  });

  it('trims with an ellipsis at a word boundary', () => {
    const trimmed = trimText(words(100), 50);
    expect(trimmed.length).toBeLessThanOrEqual(50);
    expect(trimmed).toMatch(/^word0( word\d+)*…$/);
  });
});
