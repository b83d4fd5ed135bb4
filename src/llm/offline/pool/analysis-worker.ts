// A piscina worker: learns the bank's IDF model once when the thread starts, then answers analysis tasks.
// Loaded through worker-entry.mjs, which picks this file compiled (dist/) or as TypeScript (tsx, tests).
import { workerData } from 'node:worker_threads';
import { createAnalysisTasks } from './analysis-tasks.js';
import type { AnalysisTask, AnalysisWorkerData } from './quick-judgement.js';

const tasks = createAnalysisTasks((workerData as AnalysisWorkerData).corpus);

/** piscina calls the default export once per task. */
export default function runTask(task: AnalysisTask) {
  return tasks.run(task);
}
