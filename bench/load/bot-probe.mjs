// Preloaded into the bot under load (`node --import ./bench/load/bot-probe.mjs dist/adapters/main.js`):
// answers the bench's questions about this process (CPU, memory, event-loop delay) over the IPC channel.
// Plain JavaScript on purpose: `--import` is inherited by every worker thread the bot starts (charts,
// offline analysis), which load it with plain node — a .ts probe broke the chart worker.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

/**
 * Request: {id: number, gc?: boolean, resetLoop?: boolean}. Reply (ProbeSample in bot-process.ts):
 * {id, cpuMs, rssMb, heapUsedMb, maxRssMb, loopP50Ms, loopP99Ms, loopMaxMs}. CPU is the whole
 * process's (main thread and worker threads); the loop delay is the main thread's.
 */
if (isMainThread) {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  /** @param {number} bytes */
  const mb = (bytes) => bytes / (1024 * 1024);

  process.on('message', (message) => {
    if (typeof message?.id !== 'number') return;
    const collect = globalThis.gc;
    if (message.gc && collect) collect();
    const cpu = process.cpuUsage();
    const memory = process.memoryUsage();
    const sample = {
      id: message.id,
      cpuMs: (cpu.user + cpu.system) / 1000,
      rssMb: mb(memory.rss),
      heapUsedMb: mb(memory.heapUsed),
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      loopP50Ms: loop.percentile(50) / 1e6,
      loopP99Ms: loop.percentile(99) / 1e6,
      loopMaxMs: loop.max / 1e6,
    };
    if (message.resetLoop) loop.reset();
    process.send?.(sample);
  });
  // The IPC channel must not keep a bot that is shutting down alive.
  process.channel?.unref();
}
