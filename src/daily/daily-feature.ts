// The question of the day as one unit for the composition root: posting, answers, and their job handlers.
import type { Platform } from '../domain/types.js';
import type { JobHandler } from '../jobs/job-runner.js';
import { createDailyAnswers } from './daily-answers.js';
import type { DailyDeps } from './daily-deps.js';
import { createDailyPosting } from './daily-posting.js';

/** Build the feature over its dependencies. */
export function createDailyFeature(deps: DailyDeps) {
  const posting = createDailyPosting(deps);
  const answers = createDailyAnswers(deps);
  const handlers: Record<string, JobHandler> = {
    'daily-post': (job) => posting.runScheduled(job.payload),
    'daily-evaluate': (job, signal) =>
      answers.scoreAnswer(Number(job.payload.answerId), Number(job.payload.revision), signal),
    'daily-close': (job) => answers.closePost(Number(job.payload.postId)),
    'daily-board': (job) => answers.postBoard(job.payload),
  };
  return {
    store: deps.store,
    posting,
    answers,
    handlers,
    /** The shared-channel capability of a platform, when its adapter has one. */
    channels: (platform: Platform) => deps.messenger.channels?.(platform),
  };
}

export type DailyFeature = ReturnType<typeof createDailyFeature>;
