// Slack's mrkdwn dialect: converting the core's tiny markdown, escaping user text, reading user text back.

/** Zero-width space: Slack has no escape character, so formatting markers are broken up with it. */
const ZWSP = '\u200b';

/** Escape the three characters Slack treats as control characters in every text field. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Make user-provided text inert: escape control characters and wrap every formatting marker
 * (* _ ~ `) in zero-width spaces so that Slack never pairs them into bold, italic, strike or code.
 */
export function escapeUserText(text: string): string {
  return escapeMrkdwn(text).replace(/[*_~`]/g, (marker) => `${ZWSP}${marker}${ZWSP}`);
}

/** A channel link the core wrote (`<#C123>`, from the channel capability), once escaped: it is put back. */
const CHANNEL_LINK_ESCAPED = /&lt;#([CG][A-Z0-9]{2,})&gt;/g;
/** A channel as Slack writes it in escaped command text: `<#C123|study>` or `<#C123>`. */
const CHANNEL_REF = /<#([CG][A-Z0-9]+)(?:\|[^>]*)?>/g;

/**
 * Slash command text (sent escaped, see slack-manifest.yml) back to what was typed, except that a
 * named channel keeps its id as `<#C123>`: a channel name alone cannot be posted to.
 */
export function commandTextToPlain(text: string): string {
  let plain = '';
  let last = 0;
  for (const match of text.matchAll(CHANNEL_REF)) {
    plain += slackTextToPlain(text.slice(last, match.index)) + `<#${match[1]}>`;
    last = (match.index ?? 0) + match[0].length;
  }
  return plain + slackTextToPlain(text.slice(last));
}

/**
 * Convert the core's markdown subset (**bold**, _italic_, `code`, "- " bullets) to mrkdwn.
 * Core text is escaped too: a question about `List<T>` must not become a broken Slack link.
 */
export function markdownToMrkdwn(text: string): string {
  return escapeMrkdwn(text)
    .replace(CHANNEL_LINK_ESCAPED, '<#$1>')
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/^(\s*)[-*] /gm, '$1• ');
}

/** The core's markdown with its markers removed, for notification fallbacks and plain-text objects. */
export function markdownToPlain(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^(\s*)[-*] /gm, '$1• ');
}

/**
 * Turn the text Slack delivers for a user's message back into what they typed: links and mentions
 * lose their angle-bracket syntax and the three escaped characters are restored.
 */
export function slackTextToPlain(text: string): string {
  return text
    .replace(/<([^<>|]+)\|([^<>]*)>/g, (_whole, target: string, label: string) => {
      if (target.startsWith('#') && label) return `#${label}`;
      if (target.startsWith('@') && label) return `@${label}`;
      return label || target;
    })
    .replace(/<(mailto:)?([^<>]+)>/g, (_whole, _mailto: string | undefined, target: string) =>
      target.startsWith('!') ? `@${target.slice(1)}` : target,
    )
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
