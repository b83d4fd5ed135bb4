// Puts a rendered chart on an outgoing message; a chart that cannot be drawn costs the reader nothing,
// because the message's text carries the same numbers.
import type { Logger } from '../logger.js';
import type { OutboundFile, OutboundMessage } from '../platform/types.js';
import type { ChartRenderer } from './chart-renderer.js';
import type { ChartImage, ChartSpec } from './chart-spec.js';

/** A rendered chart as an image file with its alt text. */
export function chartFile(image: ChartImage): OutboundFile {
  return { name: image.fileName, contentType: 'image/png', content: image.png, altText: image.altText };
}

/**
 * `message` with the chart of `spec` added to its files; without a renderer, or when drawing fails
 * (logged), the message goes as it was.
 */
export async function attachChart(
  message: OutboundMessage,
  spec: ChartSpec,
  charts: ChartRenderer | undefined,
  logger: Logger,
): Promise<OutboundMessage> {
  if (!charts) return message;
  try {
    const image = await charts.render(spec);
    logger.debug({ chart: spec.kind, renderMs: Math.round(image.renderMs) }, 'chart rendered');
    return {
      ...message,
      files: [...(message.files ?? []), { ...chartFile(image), language: spec.language }],
    };
  } catch (error) {
    logger.warn({ err: error, chart: spec.kind }, 'chart could not be drawn; sending text only');
    return message;
  }
}

/** Adds charts to messages for commands; without a renderer (CHARTS=off) it hands messages back as they are. */
export interface ChartAttacher {
  /** True when charts are drawn at all (CHARTS=on). */
  readonly enabled: boolean;
  attach(message: OutboundMessage, spec: ChartSpec): Promise<OutboundMessage>;
}

/** Bind a renderer (or none) and a logger into an attacher. */
export function createChartAttacher(charts: ChartRenderer | undefined, logger: Logger): ChartAttacher {
  const attach = (message: OutboundMessage, spec: ChartSpec) => attachChart(message, spec, charts, logger);
  return { enabled: charts !== undefined, attach };
}
