// Preloaded into the bot under load (`node --import tsx --import bench/load/bot-probe.ts adapters/main.ts`):
// answers the bench's questions about this process (CPU, memory, event-loop delay) over the IPC channel.
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** What the bench asks for: a sample, optionally after a GC and with the loop-delay histogram restarted. */
export interface ProbeRequest {
  id: number;
  gc?: boolean;
  resetLoop?: boolean;
}

/** One sample of the bot process. */
export interface ProbeSample {
  id: number;
  /** Process CPU (main thread and worker threads), user + system, in ms since the process began. */
  cpuMs: number;
  rssMb: number;
  heapUsedMb: number;
  /** Peak RSS of the process so far. */
  maxRssMb: number;
  /** Event-loop delay since the last reset, in ms. */
  loopP50Ms: number;
  loopP99Ms: number;
  loopMaxMs: number;
}

const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const mb = (bytes: number) => bytes / (1024 * 1024);

process.on('message', (message: ProbeRequest) => {
  if (typeof message?.id !== 'number') return;
  const collect = (globalThis as { gc?: () => void }).gc;
  if (message.gc && collect) collect();
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  const sample: ProbeSample = {
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
