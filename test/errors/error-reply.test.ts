// The one error path: what the user reads and what the log keeps, for a user's mistake and for a bug.
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { errorReply, newReferenceId, UserError } from '../../src/errors.js';
import { t } from '../../src/i18n/index.js';

/** A logger whose lines are kept, parsed, for reading. */
function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe('error reply', () => {
  it('shows a user mistake as its own localised message and logs nothing', () => {
    const { logger, lines } = recordingLogger();
    const error = new UserError('engine.quota_reached', { quota: 5, days: 7, date: '2026-12-14' });
    expect(errorReply(error, { language: 'ko', logger })).toEqual({
      tone: 'error',
      ephemeral: true,
      text: t('ko', 'engine.quota_reached', { quota: 5, days: 7, date: '2026-12-14' }),
    });
    expect(lines).toEqual([]);
  });

  it('answers a bug with an apology quoting the reference id that the log line carries', () => {
    const { logger, lines } = recordingLogger();
    const reply = errorReply(new Error('database is locked'), {
      language: 'en',
      logger,
      context: { eventId: 'e-1' },
    });
    const ref = lines[0]?.ref as string;
    expect(ref).toMatch(/^[0-9a-f]{8}$/);
    expect(reply).toEqual({
      tone: 'error',
      ephemeral: true,
      text: t('en', 'common.internal_error', { ref }),
    });
    expect(lines[0]).toMatchObject({
      level: 50,
      eventId: 'e-1',
      msg: 'event failed',
      err: { message: 'database is locked' },
    });
  });

  it('speaks the fallback language when the user’s is unknown', () => {
    const { logger } = recordingLogger();
    expect(errorReply(new UserError('engine.no_session'), { logger }).text).toBe(
      t('en', 'engine.no_session'),
    );
  });

  it('makes reference ids of one format, different each time', () => {
    const ids = new Set(Array.from({ length: 50 }, newReferenceId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}$/);
  });
});
