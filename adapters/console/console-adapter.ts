// The terminal as a first-class platform: each input line is a message, `/interview ...` lines are
// commands, a line naming a file is an upload, files the bot sends are saved to disk. Works
// interactively (readline, colour) and piped (each line handed over when the bot awaits it).
// One adapter can serve several terminals (one user each); `npm start` uses stdin/stdout.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import readline from 'node:readline';
import { errorReply } from '../../src/errors.js';
import { languageOrFallback, t } from '../../src/i18n/index.js';
import { createSilentLogger, type Logger } from '../../src/logger.js';
import { parseCommandText } from '../../src/platform/command-text.js';
import type {
  CommandDescriptor,
  ConversationRef,
  EventSink,
  InboundEvent,
  MessageHandle,
  OutboundMessage,
  PlatformAdapter,
  UserRef,
} from '../../src/platform/types.js';
import { CONSOLE_CAPABILITIES } from './capabilities.js';
import { namedOrMissingFile, takeCommandFile } from './command-files.js';
import { saveOutboundFile } from './file-output.js';
import { createLineGate } from './line-gate.js';
import { renderText } from './render-text.js';

/** One person at one terminal. */
export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  userId: string;
  /** A locale hint such as the LANG variable ("ko_KR.UTF-8"). */
  locale?: string | undefined;
}

export interface ConsoleAdapterOptions {
  terminals: Terminal[];
  /** Colours and a greeting; default: when the first terminal's output is a TTY. */
  interactive?: boolean | undefined;
  /** Called once every terminal's input has ended and every line has been handled. */
  onInputEnd?: (() => void) | undefined;
  /** Where files the bot sends are saved (DATA_DIR/exports); default ./data/exports. */
  exportDir?: string | undefined;
  /** Used when exportDir is not writable; default the current directory. */
  fallbackDir?: string | undefined;
  /** Where a failed line is logged (with its reference id); default silent. */
  logger?: Logger | undefined;
  /**
   * `awaited`: a line is handed over only when the bot awaits one, never while it says a question is
   * on its way (line-gate.ts), so a script of N answers answers N questions whatever the model's
   * speed. `immediate`: as typed. Default: immediate when interactive, awaited when piped.
   */
  pacing?: 'awaited' | 'immediate' | undefined;
  /** The longest a line is held by `awaited` pacing; default 2 minutes. */
  holdLimitMs?: number | undefined;
}

/** The terminal user and where they talk. */
export function terminalIdentity(terminal: Terminal): { user: UserRef; where: ConversationRef } {
  return {
    user: {
      platform: 'console',
      workspaceId: 'local',
      userId: terminal.userId,
      displayName: terminal.userId,
      platformLocale: terminal.locale,
      // Whoever runs the bot in a terminal owns it.
      isAdmin: true,
    },
    where: { platform: 'console', workspaceId: 'local', channelId: `terminal:${terminal.userId}` },
  };
}

/**
 * Turn one input line into an event, or nothing for a blank line. `thread`: a channel thread the
 * bot just opened in this terminal (the question of the day); a plain line is a reply there.
 */
async function lineToEvent(
  line: string,
  identity: { user: UserRef; where: ConversationRef },
  descriptors: CommandDescriptor[],
  thread?: ConversationRef | undefined,
): Promise<InboundEvent | undefined> {
  const text = line.trim();
  if (!text) return undefined;
  const base = { eventId: randomUUID(), ...identity };
  if (/^\/interview\b/i.test(text)) {
    const { text: rest, attachments } = await takeCommandFile(text, descriptors);
    const parsed = parseCommandText(rest, descriptors);
    return { kind: 'command', ...base, name: parsed.name, options: parsed.options, attachments };
  }
  const [word, value] = text.split(/\s+/, 2);
  if (word === 'model-answer' && value) return { kind: 'action', ...base, action: 'model-answer', value };
  const file = await namedOrMissingFile(text);
  if (file) return { kind: 'message', ...base, text: '', attachments: [file] };
  if (thread)
    return { kind: 'message', ...base, where: thread, text: line, attachments: [], sharedThread: true };
  return { kind: 'message', ...base, text: line, attachments: [] };
}

/** Create the console adapter. */
export function createConsoleAdapter(options: ConsoleAdapterOptions): PlatformAdapter {
  const first = options.terminals[0];
  const interactive =
    options.interactive ?? Boolean((first?.output as NodeJS.WriteStream | undefined)?.isTTY);
  const style = { color: interactive };
  const terminals = new Map(options.terminals.map((terminal) => [`terminal:${terminal.userId}`, terminal]));
  const saveDirs = [
    options.exportDir ?? path.resolve('data', 'exports'),
    options.fallbackDir ?? process.cwd(),
  ];
  const readers: readline.Interface[] = [];
  const chains: Promise<void>[] = [];
  let descriptors: CommandDescriptor[] = [];
  let messageCount = 0;
  const logger = options.logger ?? createSilentLogger();
  /** Per terminal, the thread of a channel post whose reply the next plain line is. */
  const openThreads = new Map<string, ConversationRef>();
  const pacing = options.pacing ?? (interactive ? 'immediate' : 'awaited');
  const gates = new Map(
    [...terminals.keys()].map((channelId) => [channelId, createLineGate(options.holdLimitMs ?? 120_000)]),
  );

  /** Print a message; files it carries are saved to disk and their paths printed under it. */
  /** What each progress message last said and printed, so an update prints only what changed. */
  const lastUpdates = new Map<string, { text: string | undefined; rendered?: string }>();
  const print = async (channelId: string, message: OutboundMessage) => {
    const terminal = terminals.get(channelId) ?? first;
    gates.get(terminal ? `terminal:${terminal.userId}` : channelId)?.hear(message);
    const language = languageOrFallback(terminal?.locale);
    const lines = [renderText(message, style)];
    for (const file of message.files ?? []) {
      const saved = await saveOutboundFile(file, saveDirs);
      // A chart's numbers are in the message text above; the terminal shows where the picture is.
      // Said in the file's own language (the member's), not the terminal's locale.
      const words = file.language ?? language;
      lines.push(
        file.altText
          ? t(words, 'charts.image_saved', { path: saved })
          : t(words, 'bank.file_saved', { file: file.name, path: saved }),
      );
    }
    terminal?.output.write(`${lines.filter(Boolean).join('\n')}\n\n`);
  };

  return {
    platform: 'console',
    capabilities: CONSOLE_CAPABILITIES,
    async start(sink: EventSink) {
      let open = options.terminals.length;
      options.terminals.forEach((terminal, index) => {
        const identity = terminalIdentity(terminal);
        const rl = readline.createInterface({ input: terminal.input, terminal: false });
        readers.push(rl);
        chains[index] = Promise.resolve();
        if (interactive) terminal.output.write('Type /interview help to begin (Ctrl+D to quit).\n');
        const language = languageOrFallback(terminal.locale);
        /** A failed line (the sink threw, a print failed) is answered and logged; the next line still runs. */
        const recover = async (error: unknown) => {
          const reply = errorReply(error, { language, logger, what: 'console: line failed' });
          await print(identity.where.channelId, reply).catch(() => undefined);
        };
        rl.on('line', (line) => {
          // Lines are handled strictly in order: a scripted interview answers the question it was asked.
          chains[index] = chains[index]!.then(async () => {
            const channelId = identity.where.channelId;
            if (pacing === 'awaited') await gates.get(channelId)?.whenOpen();
            const thread = openThreads.get(channelId);
            const event = await lineToEvent(line, identity, descriptors, thread);
            if (event?.kind === 'message' && event.where === thread) openThreads.delete(channelId);
            if (!event) return;
            for (const reply of await sink(event)) await print(identity.where.channelId, reply);
          }).catch(recover);
        });
        rl.on('close', () => {
          chains[index] = chains[index]!.then(() => {
            open -= 1;
            if (open === 0) options.onInputEnd?.();
          });
        });
      });
    },
    async stop() {
      for (const rl of readers) rl.close();
      for (const gate of gates.values()) gate.open();
      await Promise.all(chains);
    },
    async send(ref: ConversationRef, message: OutboundMessage): Promise<MessageHandle> {
      await print(ref.channelId, message);
      messageCount += 1;
      if (message.progress) lastUpdates.set(`${ref.channelId}#${messageCount}`, { text: message.text });
      return { ref, messageId: String(messageCount) };
    },
    async update(handle: MessageHandle, message: OutboundMessage) {
      // A terminal cannot edit what it printed: a progress update is printed again when it moves,
      // without the title and without the text when that has not changed; an update that would print
      // the very lines printed last for that message is left out.
      const key = `${handle.ref.channelId}#${handle.messageId}`;
      const last = lastUpdates.get(key);
      const shown = message.progress
        ? { ...message, title: undefined, text: last?.text === message.text ? undefined : message.text }
        : message;
      const rendered = renderText(shown, style);
      if (last?.rendered === rendered) return;
      lastUpdates.set(key, { text: message.text, rendered });
      await print(handle.ref.channelId, shown);
    },
    async openConversation(user: UserRef) {
      return { platform: 'console', workspaceId: 'local', channelId: `terminal:${user.userId}` };
    },
    async registerCommands(list: CommandDescriptor[]) {
      descriptors = list;
    },
    channels: {
      async checkChannel(channel) {
        return terminals.has(channel.channelId) ? 'ok' : 'not_found';
      },
      async postWithThread(channel, message) {
        await print(channel.channelId, message);
        messageCount += 1;
        const thread = { ...channel, threadId: `thread:${messageCount}` };
        openThreads.set(channel.channelId, thread);
        return { post: { ref: channel, messageId: String(messageCount) }, thread };
      },
      async sendPrivately(user, where, message) {
        await print(
          terminals.has(`terminal:${user.userId}`) ? `terminal:${user.userId}` : where.channelId,
          message,
        );
      },
      replyMention: () => undefined,
      channelMention: (channelId) => `#${channelId}`,
    },
  };
}
