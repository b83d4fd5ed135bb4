// Who a Slack user is (name, locale, admin) from users.info, cached briefly so every message costs no call.
import type { Logger } from '../../src/logger.js';
import type { UserRef } from '../../src/platform/types.js';

/** The parts of a users.info `user` this adapter reads. */
export interface SlackUserInfo {
  name?: string | undefined;
  real_name?: string | undefined;
  locale?: string | undefined;
  is_admin?: boolean | undefined;
  is_owner?: boolean | undefined;
  is_primary_owner?: boolean | undefined;
  profile?: { display_name?: string | undefined; real_name?: string | undefined } | undefined;
}

export interface UserDirectory {
  lookup(teamId: string, userId: string): Promise<UserRef>;
}

export interface UserDirectoryOptions {
  /** users.info with include_locale; undefined when Slack gave no user. */
  usersInfo: (userId: string) => Promise<SlackUserInfo | undefined>;
  adminUserIds: readonly string[];
  logger: Logger;
  ttlMs?: number | undefined;
  now?: (() => number) | undefined;
}

/**
 * A UserRef from users.info: admins are the configured ids plus workspace admins and owners.
 * Without info (users:read missing, Slack down) the user is still served, without a locale.
 */
export function userRefFromInfo(
  teamId: string,
  userId: string,
  info: SlackUserInfo | undefined,
  adminUserIds: readonly string[],
): UserRef {
  const workspaceAdmin = Boolean(info?.is_admin || info?.is_owner || info?.is_primary_owner);
  return {
    platform: 'slack',
    workspaceId: teamId,
    userId,
    displayName: info?.profile?.display_name || info?.real_name || info?.profile?.real_name || info?.name,
    platformLocale: info?.locale,
    isAdmin: adminUserIds.includes(userId) || workspaceAdmin,
  };
}

/** Look users up with a short cache (default five minutes); concurrent lookups share one call. */
export function createUserDirectory(options: UserDirectoryOptions): UserDirectory {
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { expires: number; ref: Promise<UserRef> }>();

  const fetchRef = async (teamId: string, userId: string): Promise<UserRef> => {
    try {
      return userRefFromInfo(teamId, userId, await options.usersInfo(userId), options.adminUserIds);
    } catch (error) {
      options.logger.warn({ err: error, userId }, 'users.info failed; continuing without locale');
      cache.delete(`${teamId}:${userId}`);
      return userRefFromInfo(teamId, userId, undefined, options.adminUserIds);
    }
  };

  return {
    lookup(teamId, userId) {
      const key = `${teamId}:${userId}`;
      const hit = cache.get(key);
      if (hit && hit.expires > now()) return hit.ref;
      const ref = fetchRef(teamId, userId);
      cache.set(key, { expires: now() + ttlMs, ref });
      return ref;
    },
  };
}
