// Decorators that feed the metrics from the seams the core already has (stores, the call recorder, the
// CV intake, the event sink), so the engine, the chain and the adapters stay free of metrics code.
import { isUserError } from '../errors.js';
import type { CvIntake } from '../engine/engine-deps.js';
import { RETRIED_PREFIX } from '../domain/llm-calls.js';
import type { LlmCallRecorder } from '../llm/chain/call-record.js';
import type { EventSink } from '../platform/types.js';
import type { SessionsStore } from '../stores/sessions-store.js';
import type { BotMetrics } from './metrics.js';

/** Count sessions as they are created and as they reach a final state. */
export function instrumentSessions(store: SessionsStore, metrics: BotMetrics): SessionsStore {
  return {
    ...store,
    async create(session) {
      const created = await store.create(session);
      metrics.sessions.inc({ outcome: 'started' });
      return created;
    },
    async transition(id, from, patch, now) {
      const moved = await store.transition(id, from, patch, now);
      if (moved && patch.state === 'completed') metrics.sessions.inc({ outcome: 'completed' });
      if (moved && (patch.state === 'ended' || patch.state === 'aborted')) {
        metrics.sessions.inc({ outcome: 'abandoned' });
      }
      return moved;
    },
  };
}

/** Observe every recorded model call; a failure or skip that was not retried is a fallback. */
export function instrumentCallRecorder<R extends LlmCallRecorder>(recorder: R, metrics: BotMetrics): R {
  return {
    ...recorder,
    async record(call) {
      metrics.modelCalls.inc({ provider: call.provider, operation: call.operation, outcome: call.outcome });
      if (!call.outcome.startsWith('skipped_')) {
        metrics.modelSeconds.observe(
          { provider: call.provider, operation: call.operation },
          call.latencyMs / 1000,
        );
      }
      if (call.outcome !== 'ok' && !call.error?.startsWith(RETRIED_PREFIX)) {
        metrics.fallbacks.inc({ provider: call.provider, operation: call.operation });
      }
      await recorder.record(call);
    },
  };
}

/** The refusal reason of a CV error (`cv.too_big` → `too_big`), or `internal` for a bug. */
function refusalReason(error: unknown): string {
  return isUserError(error) ? error.key.replace(/^cv\./, '') : 'internal';
}

/** Time CV processing and count refusals by reason (metadata refusals included). */
export function instrumentCvIntake(intake: CvIntake, metrics: BotMetrics): CvIntake {
  return {
    checkMetadata(meta, limits) {
      try {
        intake.checkMetadata(meta, limits);
      } catch (error) {
        metrics.cvRefusals.inc({ reason: refusalReason(error) });
        throw error;
      }
    },
    async process(bytes, fileName, limits) {
      const stop = metrics.cvParseSeconds.startTimer();
      try {
        const cv = await intake.process(bytes, fileName, limits);
        stop({ result: 'ok' });
        return cv;
      } catch (error) {
        stop({ result: 'refused' });
        metrics.cvRefusals.inc({ reason: refusalReason(error) });
        throw error;
      }
    },
  };
}

/** Count handled events and time the reply each one is acknowledged with. */
export function instrumentSink(sink: EventSink, metrics: BotMetrics): EventSink {
  return async (event) => {
    const labels = { platform: event.user.platform, kind: event.kind };
    const stop = metrics.ackSeconds.startTimer(labels);
    try {
      const replies = await sink(event);
      metrics.messages.inc({ ...labels, result: replies.some((r) => r.tone === 'error') ? 'refused' : 'ok' });
      return replies;
    } catch (error) {
      metrics.messages.inc({ ...labels, result: 'failed' });
      throw error;
    } finally {
      stop();
    }
  };
}
