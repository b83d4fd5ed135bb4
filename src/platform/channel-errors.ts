// The one failure of a shared channel the core acts on: the platform says the bot cannot post there.
import type { ChannelAccess } from './types.js';

/** Thrown by `ChannelCapabilities.postWithThread` when the bot is not, or no longer, in the channel. */
export class ChannelUnavailableError extends Error {
  constructor(
    readonly access: Exclude<ChannelAccess, 'ok'>,
    readonly channelId: string,
  ) {
    super(`cannot post in channel ${channelId}: ${access}`);
    this.name = 'ChannelUnavailableError';
  }
}

export function isChannelUnavailable(error: unknown): error is ChannelUnavailableError {
  return error instanceof ChannelUnavailableError;
}
