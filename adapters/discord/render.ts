// OutboundMessage → Discord message bodies: embeds, buttons and plain text cut to Discord's limits.
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  MessageFlags,
} from 'discord.js';
import type { Button, OutboundFile, OutboundMessage } from '../../src/platform/types.js';
import { encodeCustomId } from './custom-id.js';
import { withFittingFiles } from './outbound-files.js';
import { splitText, trimText } from './text-split.js';

/** Discord's documented limits (characters are counted as UTF-16 units here, which is never more lenient). */
export const DISCORD_LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  embedsPerMessage: 10,
  buttonLabel: 80,
  buttonsPerRow: 5,
  rows: 5,
} as const;

/** A message body as the REST API takes it; mentions are never parsed, whatever the text says. */
export interface DiscordMessageBody {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowed_mentions: { parse: [] };
  flags?: number;
  /** Uploaded with the body as multipart (not part of the JSON); see outbound-files.ts. */
  files?: OutboundFile[];
}

const TONE_COLOURS: Record<NonNullable<OutboundMessage['tone']>, number> = {
  info: 0x5865f2,
  question: 0x3ba55d,
  success: 0x57f287,
  warning: 0xfee75c,
  error: 0xed4245,
};

const BUTTON_STYLES = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  danger: ButtonStyle.Danger,
} as const;

/** Escape user-provided text so it renders literally, and show it as a block quote. */
export function quoteUserText(text: string): string {
  const escaped = escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
  return escaped
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** A ten-segment bar with the count, e.g. `▰▰▰▱▱▱▱▱▱▱ 3/10`. */
export function progressBar(done: number, total: number): string {
  const ratio = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const filled = Math.round(ratio * 10);
  return `${'▰'.repeat(filled)}${'▱'.repeat(10 - filled)} ${done}/${total}`;
}

/**
 * Render `message` as one or more message bodies, in order. Plain text (no title, fields, footer or
 * progress) becomes message content; anything richer becomes embeds. Buttons and files go on the
 * last body; files Discord would refuse are left out with a note in the text.
 */
export function renderMessage(original: OutboundMessage): DiscordMessageBody[] {
  const message = withFittingFiles(original);
  const body = bodyText(message);
  const rich = Boolean(message.title || message.fields?.length || message.footer || message.progress);
  const bodies: DiscordMessageBody[] = rich
    ? packEmbeds(buildEmbeds(message, body)).map((embeds) => ({
        embeds,
        components: [],
        allowed_mentions: { parse: [] },
      }))
    : (body ? splitText(body, DISCORD_LIMITS.content) : []).map((content) => ({
        content,
        embeds: [],
        components: [],
        allowed_mentions: { parse: [] },
      }));
  const rows = buttonRows(message.buttons ?? []);
  if (bodies.length === 0 && rows.length > 0) {
    bodies.push({ content: '\u200b', embeds: [], components: [], allowed_mentions: { parse: [] } });
  }
  const files = message.files ?? [];
  if (bodies.length === 0 && files.length > 0) {
    bodies.push({ embeds: [], components: [], allowed_mentions: { parse: [] } });
  }
  const last = bodies[bodies.length - 1];
  if (last) last.components = rows;
  if (last && files.length > 0) {
    last.files = files;
    showImageInEmbed(last, files);
  }
  if (message.ephemeral) for (const part of bodies) part.flags = MessageFlags.Ephemeral;
  return bodies;
}

/** Render `message` as exactly one body (for edits): what does not fit is trimmed, not split. */
export function renderSingle(message: OutboundMessage): DiscordMessageBody {
  const parts = renderMessage({
    ...message,
    text: message.text && trimText(message.text, DISCORD_LIMITS.description - 200),
    quote: message.quote && trimText(message.quote, 1000),
  });
  if (parts.length === 0) throw new Error('Cannot render an empty message');
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  return { ...first, components: last.components, ...(last.files ? { files: last.files } : {}) };
}

/**
 * An image with alt text (a chart) is drawn inside the message's last embed, through the
 * `attachment://` URL of the file uploaded with the same message; without an embed it shows as an
 * ordinary attached image.
 */
function showImageInEmbed(body: DiscordMessageBody, files: readonly OutboundFile[]): void {
  const image = files.find((file) => file.altText && file.contentType.startsWith('image/'));
  const embed = body.embeds[body.embeds.length - 1];
  if (image && embed) embed.image = { url: `attachment://${image.name}` };
}

function bodyText(message: OutboundMessage): string {
  const parts = [message.text?.trim(), message.quote ? quoteUserText(message.quote) : undefined];
  return parts.filter((part): part is string => Boolean(part)).join('\n\n');
}

function buildEmbeds(message: OutboundMessage, body: string): APIEmbed[] {
  const color = TONE_COLOURS[message.tone ?? 'info'];
  const chunks = body ? splitText(body, DISCORD_LIMITS.description) : [];
  const embeds: APIEmbed[] = [{ color }];
  if (message.title) embeds[0]!.title = trimText(message.title, DISCORD_LIMITS.title);
  chunks.forEach((chunk, index) => {
    if (index === 0) embeds[0]!.description = chunk;
    else embeds.push({ color, description: chunk });
  });
  const footer = message.footer ? trimText(message.footer, DISCORD_LIMITS.footer) : undefined;
  const reserve = footer?.length ?? 0;
  const fields = (message.fields ?? []).flatMap(splitField);
  if (message.progress) {
    fields.push({
      name: trimText(message.progress.label || '\u200b', DISCORD_LIMITS.fieldName),
      value: progressBar(message.progress.done, message.progress.total),
    });
  }
  for (const field of fields) {
    let target = embeds[embeds.length - 1]!;
    const count = target.fields?.length ?? 0;
    if (
      count >= DISCORD_LIMITS.fields ||
      embedSize(target) + fieldSize(field) + reserve > DISCORD_LIMITS.embedTotal
    ) {
      target = { color };
      embeds.push(target);
    }
    target.fields = [...(target.fields ?? []), field];
  }
  if (footer) embeds[embeds.length - 1]!.footer = { text: footer };
  return embeds;
}

/** A field whose value is too long continues in fields with an invisible name. */
function splitField(field: { name: string; value: string; inline?: boolean | undefined }): APIEmbedField[] {
  const name = trimText(field.name.trim() || '\u200b', DISCORD_LIMITS.fieldName);
  const value = field.value.trim() || '\u200b';
  return splitText(value, DISCORD_LIMITS.fieldValue).map((chunk, index) => ({
    name: index === 0 ? name : '\u200b',
    value: chunk,
    inline: field.inline ?? false,
  }));
}

function fieldSize(field: APIEmbedField): number {
  return field.name.length + field.value.length;
}

function embedSize(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + fieldSize(field), 0)
  );
}

/** Group embeds into messages: at most ten per message and 6000 characters across them. */
function packEmbeds(embeds: APIEmbed[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const next = embedSize(embed);
    if (
      current.length > 0 &&
      (current.length >= DISCORD_LIMITS.embedsPerMessage || size + next > DISCORD_LIMITS.embedTotal)
    ) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(embed);
    size += next;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}

function buttonRows(buttons: Button[]): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const limited = buttons.slice(0, DISCORD_LIMITS.buttonsPerRow * DISCORD_LIMITS.rows);
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let i = 0; i < limited.length; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: limited.slice(i, i + DISCORD_LIMITS.buttonsPerRow).map((button) => ({
        type: ComponentType.Button,
        custom_id: encodeCustomId(button.action, button.value),
        label: trimText(button.label, DISCORD_LIMITS.buttonLabel),
        style: BUTTON_STYLES[button.style ?? 'secondary'],
      })),
    });
  }
  return rows;
}
