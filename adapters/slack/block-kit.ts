// Renders the core's OutboundMessage as Block Kit, split across blocks and messages within Slack's limits.
import type { types } from '@slack/bolt';
import type { ActionId, Button, MessageField, OutboundMessage } from '../../src/platform/types.js';
import { escapeMrkdwn, markdownToMrkdwn, markdownToPlain, escapeUserText } from './mrkdwn.js';
import { packLines, splitLine, splitText } from './split-text.js';

/** Block Kit limits (https://api.slack.com/reference/block-kit/blocks). */
export const LIMITS = {
  sectionText: 3000,
  fieldText: 2000,
  fieldsPerSection: 10,
  blocksPerMessage: 50,
  headerText: 150,
  contextText: 2000,
  buttonText: 75,
  buttonValue: 2000,
  actionsPerBlock: 25,
  fallbackText: 3000,
} as const;

/** One chat.postMessage / chat.update payload. */
export interface SlackMessage {
  /** Plain fallback shown in notifications and by clients that cannot draw blocks. */
  text: string;
  blocks: types.KnownBlock[];
}

/** Prefix for every button's action_id, so that block_actions from other apps are never mistaken. */
export const ACTION_PREFIX = 'interview:';
const ACTIONS: readonly ActionId[] = ['skip', 'end', 'model-answer', 'full-report', 'forget-confirm'];

const TONE_EMOJI: Record<NonNullable<OutboundMessage['tone']>, string> = {
  info: '',
  question: ':speech_balloon: ',
  success: ':white_check_mark: ',
  warning: ':warning: ',
  error: ':x: ',
};

/**
 * Render a message as one or more Slack messages. Content is never truncated: long text becomes
 * several sections, many fields several sections, and more than 50 blocks several messages (the
 * header stays on the first, the buttons on the last).
 */
export function renderMessage(message: OutboundMessage): SlackMessage[] {
  const blocks = [
    ...titleBlocks(message),
    ...sections(message.text ? markdownToMrkdwn(message.text) : ''),
    ...quoteBlocks(message.quote),
    ...fieldBlocks(message.fields ?? []),
    ...progressBlocks(message.progress),
    ...footerBlocks(message.footer),
    ...buttonBlocks(message.buttons ?? []),
  ];
  const fallback = fallbackText(message);
  const parts: SlackMessage[] = [];
  for (let start = 0; start < Math.max(blocks.length, 1); start += LIMITS.blocksPerMessage) {
    parts.push({ text: fallback, blocks: blocks.slice(start, start + LIMITS.blocksPerMessage) });
  }
  if (parts.length > 1) {
    parts.forEach((part, index) => {
      part.text = `${fallback} (${index + 1}/${parts.length})`;
    });
  }
  return parts;
}

/** The ActionId behind an action_id this adapter rendered, or undefined for anything else. */
export function parseActionId(actionId: string): ActionId | undefined {
  if (!actionId.startsWith(ACTION_PREFIX)) return undefined;
  const action = actionId.slice(ACTION_PREFIX.length).split(':')[0];
  return ACTIONS.find((known) => known === action);
}

/** A text progress bar, e.g. "▰▰▰▱▱▱▱▱▱▱ 3/10". */
export function progressBar(done: number, total: number, width = 10): string {
  const ratio = total > 0 ? Math.min(Math.max(done / total, 0), 1) : 0;
  const filled = Math.round(ratio * width);
  return `${'▰'.repeat(filled)}${'▱'.repeat(width - filled)} ${done}/${total}`;
}

function titleBlocks(message: OutboundMessage): types.KnownBlock[] {
  if (!message.title) return [];
  const emoji = TONE_EMOJI[message.tone ?? 'info'];
  const plain = `${emoji}${markdownToPlain(message.title)}`;
  if (plain.length <= LIMITS.headerText) {
    return [{ type: 'header', text: { type: 'plain_text', text: plain, emoji: true } }];
  }
  return sections(`${emoji}*${escapeMrkdwn(markdownToPlain(message.title))}*`);
}

function sections(mrkdwn: string): types.KnownBlock[] {
  if (mrkdwn.trim() === '') return [];
  return splitText(mrkdwn, LIMITS.sectionText).map((text) => section(text));
}

function quoteBlocks(quote: string | undefined): types.KnownBlock[] {
  if (!quote) return [];
  // Each quoted line keeps its "> " even when a long line is cut, so the quote never leaks out.
  const lines = quote.split('\n').flatMap((line) => {
    if (line.trim() === '') return ['>'];
    return splitLine(escapeUserText(line), LIMITS.sectionText - 2).map((piece) => `> ${piece}`);
  });
  return packLines(lines, LIMITS.sectionText).map((text) => section(text));
}

function fieldBlocks(fields: MessageField[]): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [];
  let columns: string[] = [];
  const flushColumns = () => {
    for (let start = 0; start < columns.length; start += LIMITS.fieldsPerSection) {
      const slice = columns.slice(start, start + LIMITS.fieldsPerSection);
      blocks.push({ type: 'section', fields: slice.map((text) => ({ type: 'mrkdwn', text })) });
    }
    columns = [];
  };
  for (const field of fields) {
    const text = `*${markdownToMrkdwn(markdownToPlain(field.name))}*\n${markdownToMrkdwn(field.value)}`;
    if (field.inline && text.length <= LIMITS.fieldText) {
      columns.push(text);
      continue;
    }
    flushColumns();
    blocks.push(...sections(text));
  }
  flushColumns();
  return blocks;
}

function progressBlocks(progress: OutboundMessage['progress']): types.KnownBlock[] {
  if (!progress) return [];
  return sections(`${markdownToMrkdwn(progress.label)}\n\`${progressBar(progress.done, progress.total)}\``);
}

function footerBlocks(footer: string | undefined): types.KnownBlock[] {
  if (!footer) return [];
  return splitText(markdownToMrkdwn(footer), LIMITS.contextText).map((text) => ({
    type: 'context',
    elements: [{ type: 'mrkdwn', text }],
  }));
}

function buttonBlocks(buttons: Button[]): types.KnownBlock[] {
  const seen = new Map<string, number>();
  const elements = buttons.map((button): types.Button => {
    const count = seen.get(button.action) ?? 0;
    seen.set(button.action, count + 1);
    // action_id must be unique within a message; a repeated action gets a numeric suffix.
    const actionId = `${ACTION_PREFIX}${button.action}${count > 0 ? `:${count}` : ''}`;
    const label = markdownToPlain(button.label);
    return {
      type: 'button',
      action_id: actionId,
      text: { type: 'plain_text', text: label.slice(0, LIMITS.buttonText), emoji: true },
      ...(button.value !== undefined ? { value: button.value.slice(0, LIMITS.buttonValue) } : {}),
      ...(button.style === 'primary' || button.style === 'danger' ? { style: button.style } : {}),
    };
  });
  const blocks: types.KnownBlock[] = [];
  for (let start = 0; start < elements.length; start += LIMITS.actionsPerBlock) {
    blocks.push({ type: 'actions', elements: elements.slice(start, start + LIMITS.actionsPerBlock) });
  }
  return blocks;
}

function section(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/** Title and text as plain words (escaped, since `text` is read as mrkdwn), capped for notifications. */
function fallbackText(message: OutboundMessage): string {
  const parts = [
    message.title,
    message.text,
    message.quote,
    ...(message.fields ?? []).map((field) => `${field.name}: ${field.value}`),
    message.progress ? `${message.progress.label} ${message.progress.done}/${message.progress.total}` : '',
    message.footer,
  ];
  const plain = parts
    .filter((part): part is string => Boolean(part))
    .map((part) => markdownToPlain(part))
    .join('\n');
  const escaped = escapeUserText(plain);
  if (escaped.length <= LIMITS.fallbackText) return escaped || '…';
  return `${escaped.slice(0, safeEnd(escaped, LIMITS.fallbackText - 1))}…`;
}

/** Where to end a cut-off fallback without splitting an entity or a surrogate pair. */
function safeEnd(text: string, limit: number): number {
  const chunk = splitText(text.slice(0, limit + 8), limit)[0] ?? '';
  return Math.min(chunk.length, limit);
}
