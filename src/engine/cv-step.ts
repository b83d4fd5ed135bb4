// The CV step: check the file, extract it off the main thread, store it, start generating CV questions.
import { plural } from '../i18n/plural.js';
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Attachment } from '../platform/types.js';
import type { SessionRecord } from '../stores/sessions-store.js';
import type { EngineDeps } from './engine-deps.js';
import type { SessionFlow } from './session-flow.js';

/**
 * Accept `attachment` as the session's CV. A bad file raises a UserError and changes nothing,
 * so the user can simply send another one.
 */
export async function acceptCv(
  deps: EngineDeps,
  flow: SessionFlow,
  session: SessionRecord,
  attachment: Attachment,
): Promise<void> {
  const limits = deps.defaults.cvLimits;
  deps.cvIntake.checkMetadata(
    { fileName: attachment.fileName, contentType: attachment.contentType, sizeBytes: attachment.sizeBytes },
    limits,
  );
  let bytes: Uint8Array;
  try {
    bytes = await attachment.download({
      maxBytes: limits.maxBytes,
      timeoutMs: deps.defaults.downloadTimeoutMs,
    });
  } catch (error) {
    if (error instanceof UserError) throw error;
    deps.logger.warn({ err: error, sessionId: session.id }, 'CV download failed');
    throw new UserError('engine.cv_download_failed');
  }
  const cv = await deps.cvIntake.process(bytes, attachment.fileName, limits);
  const now = deps.now();
  const stored = await deps.cvs.save({ userId: session.userId, ...cv }, now);
  const moved = await deps.sessions.transition(session.id, 'awaiting_cv', { cvId: stored.id }, now);
  if (!moved) return;
  // Generation starts now, while the user answers the technical and behavioural questions.
  if (session.plan.personal > 0) {
    await deps.enqueue({
      type: 'generate-cv-questions',
      payload: { sessionId: session.id },
      dedupeKey: `generate-cv-questions:${session.id}`,
    });
    await deps.enqueue({
      type: 'cv-questions-deadline',
      payload: { sessionId: session.id },
      runAt: now + deps.defaults.personalWaitMs,
      dedupeKey: `cv-questions-deadline:${session.id}`,
    });
  }
  const sections = Object.entries(cv.sections)
    .filter(([name, text]) => name !== 'other' && text.trim().length > 0)
    .map(([name]) => t(session.language, `engine.section.${name}` as Parameters<typeof t>[1]));
  await flow.say(session, {
    tone: 'success',
    text: plural(session.language, 'engine.cv_received', cv.pages, {
      chars: cv.text.length,
      sections: sections.length ? sections.join(', ') : t(session.language, 'engine.no_sections'),
    }),
  });
  await flow.advance({ ...session, cvId: stored.id });
}
