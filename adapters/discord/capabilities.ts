// What Discord can do, as the core asks for it (see PlatformCapabilities in src/platform/types.ts).
import type { PlatformCapabilities } from '../../src/platform/types.js';
import { DM_WORKSPACE } from './user-ref.js';

/** Discord: ephemeral interaction replies, interviews in DMs, files attached to commands. */
export const DISCORD_CAPABILITIES: PlatformCapabilities = {
  ephemeralReplies: true,
  conversation: 'direct-message',
  filesByPath: false,
  commandAttachments: true,
  fileUploads: true,
  images: true,
  channelThreads: true,
  // Admin commands live in their own command so server owners can hide them (command-builder.ts).
  adminCommandPrefix: '/interview-admin',
  dmWorkspace: DM_WORKSPACE,
};
