// The terminal as a first-class platform: each input line is a message, `/interview ...` lines are
// commands, a line naming a file is an upload. Works interactively (readline, colour) and piped.
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

export interface ConsoleAdapterOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Colours and a prompt; default: when output is a TTY. */
  interactive?: boolean | undefined;
  userId?: string | undefined;
  /** A locale hint such as the LANG variable ("ko_KR.UTF-8"). */
  locale?: string | undefined;
  /** Called once input has ended and every line has been handled. */
  onInputEnd?: (() => void) | undefined;
}

const CONVERSATION: ConversationRef = { platform: 'console', workspaceId: 'local', channelId: 'terminal' };

/** A file the user named on the console; at most maxBytes + 1 are read, so an oversized file is refused by the intake. */
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

/** Create the console adapter. */
export function createConsoleAdapter(options: ConsoleAdapterOptions): PlatformAdapter {
  const interactive = options.interactive ?? Boolean((options.output as NodeJS.WriteStream).isTTY);
  const style = { color: interactive };
  const user: UserRef = {
    platform: 'console',
    workspaceId: 'local',
    userId: options.userId ?? os.userInfo().username,
    displayName: options.userId ?? os.userInfo().username,
    platformLocale: options.locale,
    // Whoever runs the bot in a terminal owns it.
    isAdmin: true,
  };
  let descriptors: CommandDescriptor[] = [];
  let rl: readline.Interface | undefined;
  let chain: Promise<void> = Promise.resolve();
  let messageCount = 0;

  const write = (text: string) => {
    options.output.write(`${text}\n`);
  };
  const print = (message: OutboundMessage) => write(`${renderText(message, style)}\n`);

  const toEvent = async (line: string): Promise<InboundEvent | undefined> => {
    const text = line.trim();
    if (!text) return undefined;
    const eventId = randomUUID();
    if (/^\/interview\b/i.test(text)) {
      const parsed = parseCommandText(text, descriptors);
      return { kind: 'command', eventId, user, where: CONVERSATION, name: parsed.name, options: parsed.options, attachments: [] };
    }
    const [word, value] = text.split(/\s+/, 2);
    if (word === 'model-answer' && value) {
      return { kind: 'action', eventId, user, where: CONVERSATION, action: 'model-answer', value };
    }
    const candidate = text.replace(/^["']|["']$/g, '').replace(/^~(?=\/)/, os.homedir());
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) {
      return { kind: 'message', eventId, user, where: CONVERSATION, text: '', attachments: [fileAttachment(candidate, info.size)] };
    }
    return { kind: 'message', eventId, user, where: CONVERSATION, text: line, attachments: [] };
  };

  return {
    platform: 'console',
    async start(sink: EventSink) {
      rl = readline.createInterface({ input: options.input, terminal: false });
      if (interactive) write('Type /interview help to begin. (Ctrl+D to quit)');
      rl.on('line', (line) => {
        // Lines are handled strictly in order: a scripted interview answers the question it was asked.
        chain = chain.then(async () => {
          const event = await toEvent(line);
          if (!event) return;
          for (const reply of await sink(event)) print(reply);
        });
      });
      rl.on('close', () => {
        chain = chain.then(() => options.onInputEnd?.());
      });
    },
    async stop() {
      rl?.close();
      await chain;
    },
    async send(_ref: ConversationRef, message: OutboundMessage): Promise<MessageHandle> {
      print(message);
      messageCount += 1;
      return { ref: CONVERSATION, messageId: String(messageCount) };
    },
    async update(_handle: MessageHandle, message: OutboundMessage) {
      // A terminal cannot edit what it printed; progress is shown again only when it moves.
      if (message.progress) write(renderText({ ...message, title: undefined }, style));
      else print(message);
    },
    async openConversation() {
      return CONVERSATION;
    },
    async registerCommands(list: CommandDescriptor[]) {
      descriptors = list;
    },
  };
}
