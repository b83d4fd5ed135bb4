// Rendering the core's messages as Discord embeds and content within every limit, with user text made inert.
import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId } from '../../adapters/discord/custom-id.js';
import { DISCORD_LIMITS, progressBar, renderMessage, renderSingle } from '../../adapters/discord/render.js';

const embedChars = (embed: {
  title?: string;
  description?: string;
  footer?: { text: string };
  fields?: { name: string; value: string }[];
}) =>
  (embed.title?.length ?? 0) +
  (embed.description?.length ?? 0) +
  (embed.footer?.text.length ?? 0) +
  (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);

describe('rendering messages for discord', () => {
  it('renders a titled message as an embed and never lets it mention anyone', () => {
    const [body] = renderMessage({ title: 'Question 1', text: 'What is an index?', tone: 'question' });
    expect(body!.embeds[0]).toMatchObject({ title: 'Question 1', description: 'What is an index?' });
    expect(body!.allowed_mentions).toEqual({ parse: [] });
    expect(body!.content).toBeUndefined();
  });

  it('renders plain text as message content split at 2000 characters', () => {
    const text = Array.from({ length: 700 }, (_, i) => `w${i}`).join(' ');
    const bodies = renderMessage({ text: `${text} ${text}` });
    expect(bodies.length).toBeGreaterThan(1);
    for (const body of bodies) {
      expect(body.content!.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
      expect(body.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it('escapes quoted user text so it cannot format, and block-quotes every line', () => {
    const [body] = renderMessage({
      title: 'Your answer',
      quote: '**bold** @everyone\n# heading\n[link](http://x.y) `code`',
    });
    const description = body!.embeds[0]!.description!;
    expect(description).toContain('\\*\\*bold\\*\\*');
    expect(description).toContain('\\# heading');
    expect(description).toContain('\\`code\\`');
    expect(description.split('\n').every((line) => line.startsWith('> '))).toBe(true);
    expect(body!.allowed_mentions).toEqual({ parse: [] });
  });

  it('splits a report with a long description and 40 fields into embeds within every limit', () => {
    const bodies = renderMessage({
      title: 'Report',
      text: 'Detailed feedback sentence. '.repeat(400),
      fields: Array.from({ length: 40 }, (_, i) => ({
        name: `Question ${i + 1}`,
        value: 'Covered. '.repeat(150),
      })),
      footer: 'Scored by offline',
      buttons: [{ action: 'end', label: 'Done' }],
    });
    const embeds = bodies.flatMap((b) => b.embeds);
    expect(embeds[0]!.title).toBe('Report');
    for (const body of bodies) {
      expect(body.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
      expect(body.embeds.reduce((sum, e) => sum + embedChars(e), 0)).toBeLessThanOrEqual(
        DISCORD_LIMITS.embedTotal,
      );
    }
    for (const embed of embeds) {
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
      for (const field of embed.fields ?? [])
        expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
    const named = embeds.flatMap((e) => e.fields ?? []).filter((f) => f.name.startsWith('Question'));
    expect(named).toHaveLength(40);
    expect(embeds.at(-1)!.footer).toEqual({ text: 'Scored by offline' });
    expect(bodies.slice(0, -1).every((b) => b.components.length === 0)).toBe(true);
    expect(bodies.at(-1)!.components).toHaveLength(1);
  });

  it('continues a field value over 1024 characters in an unnamed field instead of cutting it', () => {
    const value = 'evidence '.repeat(300).trim();
    const [body] = renderMessage({ title: 'T', fields: [{ name: 'Evidence', value }] });
    const fields = body!.embeds[0]!.fields!;
    expect(fields[0]!.name).toBe('Evidence');
    expect(fields.slice(1).every((f) => f.name === '\u200b')).toBe(true);
    expect(fields.map((f) => f.value).join(' ')).toBe(value);
  });

  it('trims an over-long title to 256 characters', () => {
    const [body] = renderMessage({ title: 'Long title '.repeat(40) });
    expect(body!.embeds[0]!.title!.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect(body!.embeds[0]!.title!.endsWith('…')).toBe(true);
  });

  it('draws progress as a bar field', () => {
    expect(progressBar(3, 10)).toBe('▰▰▰▱▱▱▱▱▱▱ 3/10');
    const [body] = renderMessage({
      text: 'Scoring your answers',
      progress: { done: 2, total: 4, label: 'Evaluations' },
    });
    expect(body!.embeds[0]!.fields).toEqual([{ name: 'Evaluations', value: '▰▰▰▰▰▱▱▱▱▱ 2/4' }]);
  });

  it('renders buttons with encoded actions and styles', () => {
    const [body] = renderMessage({
      title: 'Q',
      buttons: [
        { action: 'skip', label: 'Skip', value: '17' },
        { action: 'end', label: 'End', style: 'danger' },
      ],
    });
    const buttons = body!.components[0]!.components;
    expect(buttons.map((b) => [b.custom_id, b.style])).toEqual([
      ['cyi:skip:17', 2],
      ['cyi:end', 4],
    ]);
    expect(decodeCustomId(buttons[0]!.custom_id)).toEqual({ action: 'skip', value: '17' });
  });

  it('marks ephemeral messages with the ephemeral flag', () => {
    const [body] = renderMessage({ text: 'Only you can see this', ephemeral: true });
    expect(body!.flags).toBe(64);
  });

  it('renders an edit as a single body, trimming instead of splitting', () => {
    const body = renderSingle({
      title: 'Progress',
      text: 'x '.repeat(5000),
      progress: { done: 1, total: 2, label: 'L' },
    });
    expect(body.embeds).toHaveLength(1);
    expect(body.embeds[0]!.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(body.embeds[0]!.fields).toHaveLength(1);
  });

  it('ignores buttons it did not write and refuses values that do not fit a custom_id', () => {
    expect(decodeCustomId('other-bot:skip')).toBeUndefined();
    expect(decodeCustomId('cyi:explode')).toBeUndefined();
    expect(() => encodeCustomId('skip', 'x'.repeat(100))).toThrow(/custom_id/);
  });
});
