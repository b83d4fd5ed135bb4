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
  /**
   * Set by `openConversation` when the interview could not go to the user's private conversation
   * and went to a private thread in a channel instead (Discord with closed DMs). The adapter then
   * tells the user where it is; the core does not send its "check your direct messages" pointer.
   */
  fallback?: 'channel-thread' | undefined;
}

/** A file the user handed over. Metadata is checked before `download` is ever called. */
export interface Attachment {
  fileName: string;
  contentType?: string | undefined;
  sizeBytes?: number | undefined;
  /** Fetch the bytes, refusing more than `maxBytes` and giving up after `timeoutMs`. */
  download(opts: { maxBytes: number; timeoutMs: number }): Promise<Uint8Array>;
  /**
   * Set when the user named a file that is not there (a console path to nothing): the core answers
   * "file not found" with this path and hands the file to nothing.
   */
  missingPath?: string | undefined;
}

/** Buttons the core may attach to a message; adapters render them natively. */
/**
 * `full-report`: show a report in full; `forget-confirm`: the user confirmed `/interview forget` (what
 * `/interview forget confirm` does in text).
 */
export type ActionId = 'skip' | 'end' | 'model-answer' | 'full-report' | 'forget-confirm';

export interface Button {
  action: ActionId;
  label: string;
  /** Opaque value echoed back on click (for example a turn id). */
  value?: string | undefined;
  style?: 'primary' | 'secondary' | 'danger' | undefined;
  /**
   * What to type for the same effect where there are no buttons (a terminal), when it is a command
   * rather than the action's own word: e.g. `/interview report 1 full`.
   */
  typed?: string | undefined;
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
  /**
   * What the bot expects next in this conversation. `reply`: a question is open or it asks for a
   * file, so the user's next line is awaited. `wait`: something is on its way (the next question
   * while CV questions are prepared, or the report while answers are evaluated), so the next line
   * would be early. `idle`: what was on its way has arrived (the report), any line is welcome.
   * Scripted input hands over its lines by it.
   */
  awaiting?: 'reply' | 'wait' | 'idle' | undefined;
}

/** A file the bot sends. */
export interface OutboundFile {
  name: string;
  contentType: string;
  content: Uint8Array;
  /**
   * For images: what the picture shows, with its numbers (screen readers, and the text a reader gets
   * where the image does not load). An image with alt text is shown in the message where it can be.
   */
  altText?: string | undefined;
  /** The language of the file's words, for what an adapter prints about it ("Chart saved: …"). */
  language?: Language | undefined;
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
  /**
   * A reply in a thread of a shared channel, passed on only in case it answers the question of the
   * day: the core drops it otherwise instead of answering channel chatter.
   */
  sharedThread?: boolean | undefined;
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
  /** An admin command's `action` values members may run too (e.g. `daily hide-me`). */
  memberActions?: string[] | undefined;
}

export interface CommandOptionDescriptor {
  name: string;
  description: { en: string; ko: string };
  /** `channel` options are text on text platforms (a mention or an id) and a channel picker on Discord. */
  type: 'string' | 'channel' | 'attachment';
  required: boolean;
  choices?: { value: string; label: { en: string; ko: string } }[] | undefined;
  /**
   * An option for scripted runs (`--seed 42`): typed by name only, never filled from a positional
   * word, and not offered in a form (Discord) or listed in help.
   */
  scripted?: boolean | undefined;
}

/**
 * What a platform can do, declared once by its adapter. The core and the commands ask for a
 * capability, never for a platform by name, so a new platform is a new adapter folder and nothing
 * else. To grow it: add a field with a JSDoc saying what the core does differently, give it a value
 * in every adapter (`adapters/<platform>/capabilities.ts`) and in the test fakes, and read it
 * through `Messenger.capabilities(platform)` (engine) or `CommandContext.capabilities` (commands).
 * Prefer a boolean or a small union that names the behaviour over one that names a platform.
 */
export interface PlatformCapabilities {
  /** Replies can be shown to the user who acted and nobody else (Discord and Slack ephemerals). */
  ephemeralReplies: boolean;
  /**
   * Where `openConversation` puts an interview: the user's direct messages (Discord), a thread in
   * the direct messages (Slack: one per session), or the same place the user types (a terminal).
   */
  conversation: 'direct-message' | 'direct-message-thread' | 'same-place';
  /** Users hand files over by typing a local path, not by uploading (the terminal). */
  filesByPath: boolean;
  /** A command can carry a file itself (Discord attachment options); otherwise the next upload is awaited. */
  commandAttachments: boolean;
  /** Users can upload files (CV PDFs, CSVs) in the conversation. */
  fileUploads: boolean;
  /** Messages can carry images inline (charts); otherwise files are saved or linked. */
  images: boolean;
  /** The bot can post in a channel and hold a conversation in a thread under that post. */
  channelThreads: boolean;
  /** How a user types an admin command, e.g. `/interview-admin` (Discord) or `/interview`. */
  adminCommandPrefix: string;
  /**
   * The workspace id the platform gives events from a direct message, when a DM belongs to no
   * workspace (Discord: "dm"); the core then takes the event in the workspace of the user's session.
   */
  dmWorkspace?: string | undefined;
}

/** Whether the bot may post in a shared channel. */
export type ChannelAccess = 'ok' | 'not_member' | 'not_found';

/**
 * What a platform with shared channels can do there (the question of the day). Adapters without
 * shared channels leave `channels` out; the core asks for this capability, never for a platform.
 */
export interface ChannelCapabilities {
  /** Can the bot post in `channel`? `not_member`: it must be invited (Slack) or given access (Discord). */
  checkChannel(channel: ConversationRef): Promise<ChannelAccess>;
  /**
   * Post `message` in the channel and open a thread on it; replies in the returned thread come back
   * as message events whose `where` is that thread. Throws `ChannelUnavailableError` when the
   * platform refuses because the bot is not (or no longer) in the channel.
   */
  postWithThread(
    channel: ConversationRef,
    message: OutboundMessage,
    threadName: string,
  ): Promise<{ post: MessageHandle; thread: ConversationRef }>;
  /** Show `message` to `user` alone, next to `where` (an ephemeral message in the thread, or their DM). */
  sendPrivately(user: UserRef, where: ConversationRef, message: OutboundMessage): Promise<void>;
  /**
   * When thread replies reach the bot only if they mention it, the mention to ask members to write
   * (e.g. Discord without the message-content intent); undefined when every reply arrives.
   */
  replyMention(): string | undefined;
  /** How to name a channel in a message, e.g. "<#C123>" (rendered as a link by the platform). */
  channelMention(channelId: string): string;
}

/** How a platform connection is doing, for the health check and for shutting down without waiting on it. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'down';

/** The contract every platform implements; see DESIGN.md "The seams". */
export interface PlatformAdapter {
  readonly platform: Platform;
  /** What this platform can do; constant for the adapter's lifetime. */
  readonly capabilities: PlatformCapabilities;
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
  /** Shared channels (posts with threads, private replies), where the platform has them. */
  readonly channels?: ChannelCapabilities | undefined;
  /** The connection's state; an adapter without one (the console) is always connected. */
  connection?(): ConnectionState;
}
