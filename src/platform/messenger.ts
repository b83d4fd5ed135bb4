// Route outbound messages to the adapter of the conversation's platform.
import type { Platform } from '../domain/types.js';
import type {
  ChannelCapabilities,
  ConversationRef,
  MessageHandle,
  OutboundMessage,
  PlatformAdapter,
  PlatformCapabilities,
  UserRef,
} from './types.js';

/** What the core needs to talk to users, whatever platform they are on. */
export interface Messenger {
  send(ref: ConversationRef, message: OutboundMessage): Promise<MessageHandle>;
  update(handle: MessageHandle, message: OutboundMessage): Promise<void>;
  openConversation: PlatformAdapter['openConversation'];
  /** What the platform of a user or conversation can do. */
  capabilities(platform: Platform): PlatformCapabilities;
  /** The shared-channel capability of a platform's adapter, when it has one (and is running). */
  channels?(platform: Platform): ChannelCapabilities | undefined;
}

/** A messenger over the running adapters, one per platform. */
export function createMessenger(adapters: PlatformAdapter[]): Messenger {
  const byPlatform = new Map<Platform, PlatformAdapter>(adapters.map((a) => [a.platform, a]));
  const adapterFor = (platform: Platform) => {
    const adapter = byPlatform.get(platform);
    if (!adapter) throw new Error(`no adapter running for platform ${platform}`);
    return adapter;
  };
  return {
    send: (ref, message) => adapterFor(ref.platform).send(ref, message),
    update: (handle, message) => adapterFor(handle.ref.platform).update(handle, message),
    openConversation: (user: UserRef, hint) => adapterFor(user.platform).openConversation(user, hint),
    capabilities: (platform) => adapterFor(platform).capabilities,
    channels: (platform) => byPlatform.get(platform)?.channels,
  };
}
