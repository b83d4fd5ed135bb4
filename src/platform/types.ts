// The seam between platforms and the core: what adapters turn events into, and what they render.
import type { Language, Platform } from '../domain/types.js';

/** Who did something, on which platform and in which workspace (guild, team, or "local"). */
export interface UserRef {
  platform: Platform;
  workspaceId: string;
  userId: string;
  displayName?: string | undefined;
  /** The platform's locale hint (Discord interaction.locale, Slack users.info locale). */
  platformLocale?: string | undefined;
  /** True when the platform says this user may run admin commands. */
  isAdmin?: boolean | undefined;
}

/**
 * Where a conversation happens. Serialisable: it is stored with the session so that a restarted
 * bot can keep talking in the same place. `threadId` is Slack's thread_ts or a Discord thread id.
 */
export interface ConversationRef {
  platform: Platform;
  workspaceId: string;
  channelId: string;
  threadId?: string | undefined;
}

/** A file the user handed over. Metadata is checked before `download` is ever called. */
export interface Attachment {
  fileName: string;
  contentType?: string | undefined;
  sizeBytes?: number | undefined;
  /** Fetch the bytes, refusing more than `maxBytes` and giving up after `timeoutMs`. */
  download(opts: { maxBytes: number; timeoutMs: number }): Promise<Uint8Array>;
}

/** Buttons the core may attach to a message; adapters render them natively. */
export type ActionId = 'skip' | 'end' | 'model-answer';

export interface Button {
  action: ActionId;
  label: string;
  /** Opaque value echoed back on click (for example a turn id). */
  value?: string | undefined;
  style?: 'primary' | 'secondary' | 'danger' | undefined;
}

/** One labelled block of a message: an embed field, a Block Kit section field, a terminal line. */
export interface MessageField {
  name: string;
  value: string;
  inline?: boolean | undefined;
}

/**
 * What the core says, in platform-neutral form. Text uses a tiny markdown subset (**bold**,
 * _italic_, `code`, "- " bullets); adapters convert it and escape user-provided text themselves
 * when it arrives in `quote` fields.
 */
export interface OutboundMessage {
  title?: string | undefined;
  text?: string | undefined;
  fields?: MessageField[] | undefined;
  /** Text the user wrote or the CV contained, shown verbatim (adapters must escape it). */
  quote?: string | undefined;
  footer?: string | undefined;
  tone?: 'info' | 'question' | 'success' | 'warning' | 'error' | undefined;
  buttons?: Button[] | undefined;
  progress?: { done: number; total: number; label: string } | undefined;
  /** Only the user who ran the command should see it (Discord ephemeral, Slack ephemeral). */
  ephemeral?: boolean | undefined;
  /** Files to hand over with the message (e.g. a bank export); the console writes them to disk. */
  files?: OutboundFile[] | undefined;
}

/** A file the bot sends. */
export interface OutboundFile {
  name: string;
  contentType: string;
  content: Uint8Array;
}

/** A sent message, kept so that progress messages can be edited in place. */
export interface MessageHandle {
  ref: ConversationRef;
  messageId: string;
}

interface EventBase {
  /** Platform event id used to drop duplicates (Slack retries, gateway replays). */
  eventId: string;
  user: UserRef;
  /** Where the event happened. */
  where: ConversationRef;
}

/** A slash command (or console `/interview ...` line) with its options parsed by the adapter. */
export interface CommandEvent extends EventBase {
  kind: 'command';
  name: string;
  /** Raw option values: strings from text platforms, typed values from Discord. Validated by zod. */
  options: Record<string, unknown>;
  attachments: Attachment[];
}

/** A message the user wrote (an answer, `skip`, `end`, `status`) or a file they shared. */
export interface MessageEvent extends EventBase {
  kind: 'message';
  text: string;
  attachments: Attachment[];
}

/** A button click. */
export interface ActionEvent extends EventBase {
  kind: 'action';
  action: ActionId;
  value?: string | undefined;
}

export type InboundEvent = CommandEvent | MessageEvent | ActionEvent;

/**
 * Where adapters deliver events. The returned messages are the immediate, in-place answer (the
 * ephemeral reply to a command, a pointer for a message in the wrong place); everything the
 * interview says in its conversation goes through `PlatformAdapter.send` instead.
 */
export type EventSink = (event: InboundEvent) => Promise<OutboundMessage[]>;

/** A command as an adapter needs to know it to register and parse it. */
export interface CommandDescriptor {
  name: string;
  description: { en: string; ko: string };
  admin: boolean;
  options: CommandOptionDescriptor[];
}

export interface CommandOptionDescriptor {
  name: string;
  description: { en: string; ko: string };
  type: 'string' | 'attachment';
  required: boolean;
  choices?: { value: string; label: { en: string; ko: string } }[] | undefined;
}

/** The contract every platform implements; see DESIGN.md "The seams". */
export interface PlatformAdapter {
  readonly platform: Platform;
  /** Connect and start delivering events to `sink`. */
  start(sink: EventSink): Promise<void>;
  /** Disconnect; in-flight handlers are awaited. */
  stop(): Promise<void>;
  send(ref: ConversationRef, message: OutboundMessage): Promise<MessageHandle>;
  update(handle: MessageHandle, message: OutboundMessage): Promise<void>;
  /** Open (or find) the private conversation with `user` for a new session. */
  openConversation(
    user: UserRef,
    hint: { title: string; locale: Language; where?: ConversationRef | undefined },
  ): Promise<ConversationRef>;
  registerCommands(commands: CommandDescriptor[]): Promise<void>;
}
