// What Slack can do, as the core asks for it (see PlatformCapabilities in src/platform/types.ts).
import type { PlatformCapabilities } from '../../src/platform/types.js';

/** Slack: ephemeral messages, one DM thread per interview, files shared after the command. */
export const SLACK_CAPABILITIES: PlatformCapabilities = {
  ephemeralReplies: true,
  conversation: 'direct-message-thread',
  filesByPath: false,
  // A slash command is text only: a file is shared in the DM afterwards.
  commandAttachments: false,
  fileUploads: true,
  images: true,
  channelThreads: true,
  adminCommandPrefix: '/interview',
  // Slack DMs carry the team id, so they already belong to a workspace.
  dmWorkspace: undefined,
};
