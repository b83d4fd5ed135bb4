// Render an OutboundMessage as terminal text: bold titles, quoted CV lines, fields, a progress bar.
import type { OutboundMessage } from '../../src/platform/types.js';

export interface TextStyle {
  color: boolean;
}

const codes = {
  bold: [1, 22],
  dim: [2, 22],
  cyan: [36, 39],
  green: [32, 39],
  yellow: [33, 39],
  red: [31, 39],
};
type StyleName = keyof typeof codes;

function paint(style: TextStyle, name: StyleName, text: string): string {
  if (!style.color) return text;
  const [open, close] = codes[name];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

const toneColour: Record<NonNullable<OutboundMessage['tone']>, StyleName> = {
  info: 'cyan',
  question: 'bold',
  success: 'green',
  warning: 'yellow',
  error: 'red',
};

/** A text progress bar such as `[#####-----] 2/4 Answers evaluated`. */
export function progressBar(progress: NonNullable<OutboundMessage['progress']>, width = 20): string {
  const ratio = progress.total === 0 ? 1 : Math.min(1, progress.done / progress.total);
  const filled = Math.round(ratio * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${progress.done}/${progress.total} ${progress.label}`;
}

/** Strip the markdown subset the core uses (**bold**) where colour is off, render it where on. */
function inline(style: TextStyle, text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, (_, inner: string) => paint(style, 'bold', inner));
}

/**
 * What to type for a button: the command the core names for it (`/interview report 1 full`); else
 * `skip` and `end` act on the open question, and a model answer names its question.
 */
function typedAs(button: NonNullable<OutboundMessage['buttons']>[number]): string {
  if (button.typed) return button.typed;
  return button.action === 'model-answer' && button.value ? `model-answer ${button.value}` : button.action;
}

/** Render one message as lines of terminal text. */
export function renderText(message: OutboundMessage, style: TextStyle): string {
  const lines: string[] = [];
  const colour = toneColour[message.tone ?? 'info'];
  if (message.title) lines.push(paint(style, colour, paint(style, 'bold', message.title)));
  if (message.text) lines.push(inline(style, message.text));
  if (message.quote)
    lines.push(...message.quote.split('\n').map((line) => paint(style, 'dim', `  > ${line}`)));
  for (const field of message.fields ?? []) {
    const value = inline(style, field.value);
    if (value.includes('\n') || value.length > 60)
      lines.push(`${paint(style, 'bold', field.name)}:`, indent(value));
    else lines.push(`${paint(style, 'bold', field.name)}: ${value}`);
  }
  if (message.progress) lines.push(paint(style, 'dim', progressBar(message.progress)));
  if (message.buttons?.length) {
    lines.push(paint(style, 'dim', message.buttons.map((b) => `[${b.label}: ${typedAs(b)}]`).join(' ')));
  }
  if (message.footer) lines.push(paint(style, 'dim', message.footer));
  return lines.join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
