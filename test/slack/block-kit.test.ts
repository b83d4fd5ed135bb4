// Block Kit rendering: structure, escaping, and splitting within Slack's limits without losing text.
import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  parseActionId,
  progressBar,
  renderMessage,
  type SlackMessage,
} from '../../adapters/slack/block-kit.js';
import { escapeUserText, markdownToMrkdwn, slackTextToPlain } from '../../adapters/slack/mrkdwn.js';
import { splitText } from '../../adapters/slack/split-text.js';

/** Every mrkdwn string in a rendered message, in order. */
function texts(messages: SlackMessage[]): string[] {
  return messages.flatMap((message) =>
    message.blocks.flatMap((block) => {
      if (block.type === 'section') {
        return [...(block.text ? [block.text.text] : []), ...(block.fields ?? []).map((f) => f.text)];
      }
      if (block.type === 'header') return [block.text.text];
      if (block.type === 'context')
        return block.elements.map((element) => ('text' in element ? element.text : ''));
      return [];
    }),
  );
}

describe('block kit rendering', () => {
  it('draws a header, a section, inline fields, a footer and buttons', () => {
    const [message, ...rest] = renderMessage({
      title: 'Question 2 of 5',
      tone: 'question',
      text: 'Explain **indexes**.\n- B-tree\n- Hash',
      fields: [
        { name: 'Topic', value: 'Databases', inline: true },
        { name: 'Difficulty', value: '2', inline: true },
      ],
      footer: 'Reply in this thread.',
      buttons: [
        { action: 'skip', label: 'Skip', value: 'turn-1' },
        { action: 'end', label: 'End interview', style: 'danger' },
      ],
    });
    expect(rest).toHaveLength(0);
    expect(message?.blocks.map((block) => block.type)).toEqual([
      'header',
      'section',
      'section',
      'context',
      'actions',
    ]);
    expect(texts([message!])).toEqual([
      ':speech_balloon: Question 2 of 5',
      'Explain *indexes*.\n• B-tree\n• Hash',
      '*Topic*\nDatabases',
      '*Difficulty*\n2',
      'Reply in this thread.',
    ]);
    expect(message?.blocks.at(-1)).toEqual({
      type: 'actions',
      elements: [
        expect.objectContaining({ action_id: 'interview:skip', value: 'turn-1' }),
        expect.objectContaining({ action_id: 'interview:end', style: 'danger' }),
      ],
    });
    expect(message?.text).toContain('Question 2 of 5');
  });

  it('escapes &, < and > in every text, so a question about List<T> is not read as a link', () => {
    const out = texts(renderMessage({ text: 'What does List<T> & Map<K,V> do?' }));
    expect(out).toEqual(['What does List&lt;T&gt; &amp; Map&lt;K,V&gt; do?']);
  });

  it('quotes user text verbatim: control characters escaped and formatting markers neutralised', () => {
    const [quote] = texts(renderMessage({ quote: 'I *led* a team of <5> & used `git`\nsecond _line_' }));
    expect(quote).toBe(
      '> I \u200b*\u200bled\u200b*\u200b a team of &lt;5&gt; &amp; used \u200b`\u200bgit\u200b`\u200b\n' +
        '> second \u200b_\u200bline\u200b_\u200b',
    );
  });

  it('splits long text into sections of at most 3000 characters without dropping any', () => {
    const paragraph = 'word '.repeat(1500).trim();
    const out = texts(renderMessage({ text: `${paragraph}\n${paragraph}` }));
    expect(out.length).toBeGreaterThan(2);
    for (const text of out) expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(out.join(' ').replace(/\s+/g, ' ')).toBe(`${paragraph} ${paragraph}`);
  });

  it('keeps every line of a long quote inside the quote', () => {
    const out = texts(renderMessage({ quote: 'x'.repeat(7000) }));
    expect(out.length).toBe(3);
    for (const text of out) {
      expect(text.startsWith('> ')).toBe(true);
      expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    }
  });

  it('puts at most 10 fields in a section and gives long or full-width fields their own section', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({
      name: `Q${i + 1}`,
      value: `${i}/10`,
      inline: true,
    }));
    const [message] = renderMessage({ fields: [...fields, { name: 'Summary', value: 'Good work.' }] });
    const sections = message?.blocks.filter((block) => block.type === 'section') ?? [];
    expect(sections.map((block) => (block.type === 'section' ? (block.fields?.length ?? 0) : -1))).toEqual([
      10, 10, 3, 0,
    ]);
  });

  it('splits more than 50 blocks into several messages, header first and buttons last', () => {
    const fields = Array.from({ length: 60 }, (_, i) => ({
      name: `Question ${i + 1}`,
      value: 'Answered well.',
    }));
    const messages = renderMessage({ title: 'Report', fields, buttons: [{ action: 'end', label: 'Close' }] });
    expect(messages).toHaveLength(2);
    for (const message of messages)
      expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    expect(messages[0]?.blocks[0]?.type).toBe('header');
    expect(messages[1]?.blocks.at(-1)?.type).toBe('actions');
    expect(
      messages.map((message) => message.text.endsWith(`(1/2)`) || message.text.endsWith(`(2/2)`)),
    ).toEqual([true, true]);
    expect(texts(messages).filter((text) => text.startsWith('*Question '))).toHaveLength(60);
  });

  it('turns a title too long for a header into a bold section instead of cutting it', () => {
    const title = 'T'.repeat(200);
    const [message] = renderMessage({ title });
    expect(message?.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: `*${title}*` } });
  });

  it('draws progress as a text bar', () => {
    expect(progressBar(3, 10)).toBe('▰▰▰▱▱▱▱▱▱▱ 3/10');
    expect(progressBar(0, 0)).toBe('▱▱▱▱▱▱▱▱▱▱ 0/0');
    expect(texts(renderMessage({ progress: { done: 2, total: 4, label: 'Evaluating' } }))).toEqual([
      'Evaluating\n`▰▰▰▰▰▱▱▱▱▱ 2/4`',
    ]);
  });

  it('gives repeated actions unique action_ids and reads them back', () => {
    const [message] = renderMessage({
      buttons: [
        { action: 'model-answer', label: 'Q1' },
        { action: 'model-answer', label: 'Q2' },
      ],
    });
    const ids =
      message?.blocks[0]?.type === 'actions' ? message.blocks[0].elements.map((e) => e.action_id) : [];
    expect(ids).toEqual(['interview:model-answer', 'interview:model-answer:1']);
    expect(ids.map((id) => parseActionId(id ?? ''))).toEqual(['model-answer', 'model-answer']);
    expect(parseActionId('other-app:skip')).toBeUndefined();
    expect(parseActionId('interview:launch')).toBeUndefined();
  });

  it('renders the report’s full-report button with its session as the value, and reads it back', () => {
    const [message] = renderMessage({
      buttons: [
        {
          action: 'full-report',
          label: 'Show the full report',
          value: '12',
          typed: '/interview report 1 full',
        },
      ],
    });
    const block = message?.blocks[0];
    const element = block?.type === 'actions' ? block.elements[0] : undefined;
    expect(element).toMatchObject({ action_id: 'interview:full-report', value: '12' });
    expect(parseActionId(element?.action_id ?? '')).toBe('full-report');
  });
});

describe('mrkdwn text', () => {
  it('reads a user’s message back to what they typed', () => {
    expect(
      slackTextToPlain('use &lt;T&gt; &amp;&amp; see <https://example.com|example.com> or <https://a.io>'),
    ).toBe('use <T> && see example.com or https://a.io');
    expect(slackTextToPlain('ask <@U123> in <#C1|general> <!here>')).toBe('ask @U123 in #general @here');
  });

  it('converts the core’s markdown and escapes user text', () => {
    expect(markdownToMrkdwn('**Score** 7 & _good_')).toBe('*Score* 7 &amp; _good_');
    expect(escapeUserText('a*b')).toBe('a\u200b*\u200bb');
  });

  it('never cuts through an entity or a surrogate pair when it must cut inside a word', () => {
    const text = `${'a'.repeat(9)}&amp;${'b'.repeat(20)}`;
    const chunks = splitText(text, 12);
    expect(chunks.join('')).toBe(text);
    expect(chunks.every((chunk) => !/&[a-z]*$/.test(chunk))).toBe(true);
    const emoji = `${'a'.repeat(9)}😀😀😀`;
    expect(splitText(emoji, 10).join('')).toBe(emoji);
    expect(splitText(emoji, 10)[0]).toBe('a'.repeat(9));
  });
});
