// Worker thread that draws charts: ECharts' server-side SVG renderer, then resvg to PNG, away from the
// bot's event loop (plain JS so it runs from src/ under tsx or vitest and from dist/ alike).
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * Protocol: parent → worker {id, spec:{width,height,option}}; worker → parent {id, ok:true, png:Uint8Array,
 * svgMs, pngMs} | {id, ok:false, error}. workerData: {role:'chart-renderer', fonts:{family, files}}.
 * @typedef {{ width: number, height: number, option: Record<string, unknown> }} Spec
 * @typedef {{ family: string, files: string[] }} Fonts
 */

/** Draw `spec` as an SVG string with ECharts in SSR mode (no DOM, no canvas). @param {Spec} spec */
export function renderSvg(spec) {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: spec.width,
    height: spec.height,
  });
  try {
    chart.setOption({ ...spec.option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * Rasterise with exactly the given fonts (system fonts never load, so every machine draws the same
 * pixels); generic `sans-serif` text, which is all ECharts writes, maps to the chart font.
 * @param {string} svg @param {Fonts} fonts @param {number} [width] scale to this many pixels wide
 * @returns {Uint8Array}
 */
export function rasterise(svg, fonts, width) {
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: fonts.files,
      defaultFontFamily: fonts.family,
      sansSerifFamily: fonts.family,
    },
    fitTo: width ? { mode: 'width', value: width } : { mode: 'original' },
  });
  return resvg.render().asPng();
}

if (parentPort && workerData?.role === 'chart-renderer') {
  const port = parentPort;
  const fonts = /** @type {Fonts} */ (workerData.fonts);
  port.on('message', (/** @type {{ id: number, spec: Spec }} */ message) => {
    try {
      const started = performance.now();
      const svg = renderSvg(message.spec);
      const svgDone = performance.now();
      const png = rasterise(svg, fonts);
      const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
      port.postMessage(
        {
          id: message.id,
          ok: true,
          png: bytes,
          svgMs: svgDone - started,
          pngMs: performance.now() - svgDone,
        },
        [bytes.buffer],
      );
    } catch (error) {
      port.postMessage({
        id: message.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  });
}
