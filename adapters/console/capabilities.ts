// What the terminal can do, as the core asks for it (see PlatformCapabilities in src/platform/types.ts).
import type { PlatformCapabilities } from '../../src/platform/types.js';

/** The terminal: one stream per user, files named by their path, files the bot sends saved to disk. */
export const CONSOLE_CAPABILITIES: PlatformCapabilities = {
  ephemeralReplies: false,
  conversation: 'same-place',
  filesByPath: true,
  // A path typed in the command is read as its file (command-files.ts), but there is no upload
  // field: `bank import` alone waits for the path on the next line, as Slack waits for a share.
  commandAttachments: false,
  fileUploads: false,
  images: false,
  // The question of the day prints as a channel post; the next plain line is a reply in its thread.
  channelThreads: true,
  adminCommandPrefix: '/interview',
  dmWorkspace: undefined,
};
