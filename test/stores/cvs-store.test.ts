// The CV store keeps extracted text and sections intact (large, Korean, emoji) and forgets them on request.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCvsStore, type CvsStore, type NewCv } from '../../src/stores/cvs-store.js';
import { createUsersStore } from '../../src/stores/users-store.js';
import { testDatabases } from '../helpers/databases.js';

const NOW = Date.UTC(2025, 4, 20, 12, 0, 0);

function cv(userId: number, text: string, overrides: Partial<NewCv> = {}): NewCv {
  return {
    userId,
    fileName: 'cv.pdf',
    bytes: 48_213,
    pages: 2,
    sha256: createHash('sha256').update(text).digest('hex'),
    text,
    redactedText: text.replace(/\S+@\S+/g, '[email]'),
    sections: { experience: 'Backend intern at Kakao', skills: 'TypeScript, PostgreSQL' },
    redactedSections: { experience: 'Backend intern at [company]', skills: 'TypeScript, PostgreSQL' },
    ...overrides,
  };
}

/** About 200 KB of mixed English, Korean (3-byte) and emoji (4-byte, outside the BMP) text. */
function largeText(): string {
  const line = 'Led 결제 시스템 migration 🚀 to PostgreSQL; p99 latency −40 % 📉 — 팀원 5명과 협업 👩‍💻\n';
  let text = '';
  while (Buffer.byteLength(text) < 200_000) text += line;
  return text;
}

describe.each(testDatabases())('cvs store on $name', (database) => {
  let store: CvsStore;
  let userId: number;
  let otherUserId: number;
  let destroy: () => Promise<void>;

  beforeAll(async () => {
    const created = await database.create();
    destroy = created.destroy;
    store = createCvsStore(created.knex);
    const users = createUsersStore(created.knex);
    userId = (await users.upsert({ platform: 'discord', workspaceId: 'g1', userId: 'cv-owner' }, NOW)).id;
    otherUserId = (await users.upsert({ platform: 'discord', workspaceId: 'g1', userId: 'cv-other' }, NOW))
      .id;
  });
  afterAll(async () => {
    await destroy();
  });

  it('returns exactly what was saved: metadata, text and sections', async () => {
    const input = cv(userId, 'Jane Doe jane@example.com\nExperience: Backend intern');
    const saved = await store.save(input, NOW);
    expect(saved).toEqual({
      id: saved.id,
      userId,
      fileName: 'cv.pdf',
      bytes: 48_213,
      pages: 2,
      sha256: input.sha256,
      text: input.text,
      redactedText: 'Jane Doe [email]\nExperience: Backend intern',
      sections: input.sections,
      redactedSections: input.redactedSections,
      createdAt: NOW,
      deletedAt: null,
    });
    expect(await store.get(saved.id)).toEqual(saved);
  });

  it('round-trips 200 KB of Korean and emoji text without losing a byte', async () => {
    const text = largeText();
    const sections = { 경력: '결제 시스템 🚀 migration', skills: '👩‍💻 TypeScript' };
    const saved = await store.save(cv(userId, text, { sections, redactedSections: sections }), NOW);
    const loaded = await store.get(saved.id);
    expect(loaded?.text?.length).toBe(text.length);
    expect(loaded?.text === text).toBe(true);
    expect(loaded?.redactedText === text).toBe(true);
    expect(loaded?.sections).toEqual(sections);
  });

  it('keeps a Korean file name', async () => {
    const saved = await store.save(cv(userId, 'text', { fileName: '이력서_최종 🙂.pdf' }), NOW);
    expect((await store.get(saved.id))?.fileName).toBe('이력서_최종 🙂.pdf');
  });

  it('forgets the text and sections of every CV of one user, keeping bytes and pages', async () => {
    const first = await store.save(cv(otherUserId, 'first cv text', { bytes: 1_000, pages: 1 }), NOW);
    const second = await store.save(cv(otherUserId, 'second cv text', { bytes: 2_000, pages: 3 }), NOW);
    const kept = await store.save(cv(userId, 'someone else keeps theirs'), NOW);

    expect(await store.forgetForUser(otherUserId, NOW + 5)).toBe(2);
    for (const [record, bytes, pages] of [
      [first, 1_000, 1],
      [second, 2_000, 3],
    ] as const) {
      expect(await store.get(record.id)).toEqual({
        ...record,
        fileName: '[deleted]',
        bytes,
        pages,
        text: null,
        redactedText: null,
        sections: {},
        redactedSections: {},
        deletedAt: NOW + 5,
      });
    }
    expect(await store.get(kept.id)).toEqual(kept);
    expect(await store.forgetForUser(otherUserId, NOW + 10)).toBe(0);
    expect((await store.get(first.id))?.deletedAt).toBe(NOW + 5);
  });

  it('returns undefined for an unknown id', async () => {
    expect(await store.get(424_242)).toBeUndefined();
  });
});
