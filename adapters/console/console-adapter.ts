// The terminal as a first-class platform: each input line is a message, `/interview ...` lines are
// commands, a line naming a file is an upload. Works interactively (readline, colour) and piped.
// One adapter can serve several terminals (one user each); `npm start` uses stdin/stdout.
import { randomUUID } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseCommandText } from '../../src/platform/command-text.js';
import type {
  Attachment,
  CommandDescriptor,
  ConversationRef,
  EventSink,
  InboundEvent,
  MessageHandle,
  OutboundMessage,
  PlatformAdapter,
  UserRef,
} from '../../src/platform/types.js';
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
}

/** A file the user named; at most maxBytes + 1 are read, so an oversized file is refused by the intake. */
function fileAttachment(filePath: string, size: number): Attachment {
  return {
    fileName: path.basename(filePath),
    contentType: filePath.toLowerCase().endsWith('.pdf') ? 'application/pdf' : undefined,
    sizeBytes: size,
    async download({ maxBytes }) {
      const handle = await open(filePath, 'r');
      try {
        const length = Math.min(size, maxBytes + 1);
        const buffer = Buffer.alloc(length);
        await handle.read(buffer, 0, length, 0);
        return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
      } finally {
        await handle.close();
      }
    },
  };
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

/** Turn one input line into an event, or nothing for a blank line. */
async function lineToEvent(
  line: string,
  identity: { user: UserRef; where: ConversationRef },
  descriptors: CommandDescriptor[],
): Promise<InboundEvent | undefined> {
  const text = line.trim();
  if (!text) return undefined;
  const base = { eventId: randomUUID(), ...identity };
  if (/^\/interview\b/i.test(text)) {
    const parsed = parseCommandText(text, descriptors);
    return { kind: 'command', ...base, name: parsed.name, options: parsed.options, attachments: [] };
  }
  const [word, value] = text.split(/\s+/, 2);
  if (word === 'model-answer' && value) return { kind: 'action', ...base, action: 'model-answer', value };
  const candidate = text.replace(/^["']|["']$/g, '').replace(/^~(?=\/)/, os.homedir());
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) {
    return { kind: 'message', ...base, text: '', attachments: [fileAttachment(candidate, info.size)] };
  }
  return { kind: 'message', ...base, text: line, attachments: [] };
}

/** Create the console adapter. */
export function createConsoleAdapter(options: ConsoleAdapterOptions): PlatformAdapter {
  const first = options.terminals[0];
  const interactive =
    options.interactive ?? Boolean((first?.output as NodeJS.WriteStream | undefined)?.isTTY);
  const style = { color: interactive };
  const outputs = new Map(options.terminals.map((t) => [`terminal:${t.userId}`, t.output]));
  const readers: readline.Interface[] = [];
  const chains: Promise<void>[] = [];
  let descriptors: CommandDescriptor[] = [];
  let messageCount = 0;

  const print = (channelId: string, message: OutboundMessage) => {
    const output = outputs.get(channelId) ?? first?.output;
    output?.write(`${renderText(message, style)}\n\n`);
  };

  return {
    platform: 'console',
    async start(sink: EventSink) {
      let open = options.terminals.length;
      options.terminals.forEach((terminal, index) => {
        const identity = terminalIdentity(terminal);
        const rl = readline.createInterface({ input: terminal.input, terminal: false });
        readers.push(rl);
        chains[index] = Promise.resolve();
        if (interactive) terminal.output.write('Type /interview help to begin (Ctrl+D to quit).\n');
        rl.on('line', (line) => {
          // Lines are handled strictly in order: a scripted interview answers the question it was asked.
          chains[index] = chains[index]!.then(async () => {
            const event = await lineToEvent(line, identity, descriptors);
            if (!event) return;
            for (const reply of await sink(event)) print(identity.where.channelId, reply);
          });
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
      await Promise.all(chains);
    },
    async send(ref: ConversationRef, message: OutboundMessage): Promise<MessageHandle> {
      print(ref.channelId, message);
      messageCount += 1;
      return { ref, messageId: String(messageCount) };
    },
    async update(handle: MessageHandle, message: OutboundMessage) {
      // A terminal cannot edit what it printed; progress is printed again when it moves.
      print(handle.ref.channelId, message.progress ? { ...message, title: undefined } : message);
    },
    async openConversation(user: UserRef) {
      return { platform: 'console', workspaceId: 'local', channelId: `terminal:${user.userId}` };
    },
    async registerCommands(list: CommandDescriptor[]) {
      descriptors = list;
    },
  };
}
