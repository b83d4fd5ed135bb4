// What a person would read in Discord, as plain text: message content and every visible part of each embed.
import type { FakeState, StoredMessage } from './state.js';

/** The visible text of one message (or one version of it). */
export function messageText(message: Pick<StoredMessage, 'content' | 'embeds'>): string {
  const parts: string[] = [];
  if (message.content) parts.push(message.content);
  for (const embed of message.embeds as {
    title?: string;
    description?: string;
    fields?: { name: string; value: string }[];
    footer?: { text: string };
  }[]) {
    if (embed.title) parts.push(embed.title);
    if (embed.description) parts.push(embed.description);
    for (const field of embed.fields ?? []) parts.push(`${field.name}\n${field.value}`);
    if (embed.footer?.text) parts.push(embed.footer.text);
  }
  return parts.join('\n');
}

/**
 * Everything one user has been shown, in order, edits included as they appeared: their DM (and
 * fallback thread), the replies to their interactions, and the bot's replies to their server messages.
 */
export function transcriptOf(
  state: FakeState,
  seen: { channelIds: string[]; tokens: string[]; messageIds: string[] },
): string {
  const messages = new Map<string, StoredMessage>();
  for (const channelId of seen.channelIds)
    for (const m of state.messages.get(channelId) ?? []) messages.set(m.id, m);
  for (const token of seen.tokens)
    for (const m of state.interactionMessages.get(token) ?? []) messages.set(m.id, m);
  for (const list of state.messages.values()) {
    for (const m of list) if (m.replyTo && seen.messageIds.includes(m.replyTo)) messages.set(m.id, m);
  }
  return [...messages.values()]
    .flatMap((message) => message.versions)
    .sort((a, b) => a.seq - b.seq)
    .map(messageText)
    .join('\n\n');
}
