// Pieces every chart is built from (score axes, labelled category axes, score bars, text), so the
// three pictures share one look.
import { bandColour, PALETTE, TYPE } from './palette.js';

type Part = Record<string, unknown>;

/** A 0–10 value axis with grid lines every 2. */
export function scoreAxis(extra: Part = {}): Part {
  return {
    type: 'value',
    min: 0,
    max: 10,
    interval: 2,
    axisLabel: { color: PALETTE.muted, fontSize: TYPE.small },
    splitLine: { lineStyle: { color: PALETTE.grid } },
    ...extra,
  };
}

/** A category axis whose labels are cut to `labelWidth` pixels with an ellipsis. */
export function labelAxis(labels: string[], labelWidth: number, extra: Part = {}): Part {
  return {
    type: 'category',
    data: labels,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: PALETTE.grid } },
    axisLabel: { color: PALETTE.text, fontSize: TYPE.label, width: labelWidth, overflow: 'truncate' },
    ...extra,
  };
}

/** Horizontal score bars coloured by band, with the value at the end of each bar. */
export function scoreBars(
  values: { score: number; skipped?: boolean | undefined; skippedLabel?: string | undefined }[],
  extra: Part = {},
): Part {
  return {
    type: 'bar',
    barMaxWidth: 40,
    showBackground: true,
    backgroundStyle: { color: PALETTE.panel },
    label: { show: true, position: 'right', color: PALETTE.text, fontSize: TYPE.value, fontWeight: 'bold' },
    data: values.map((value) => ({
      value: value.score,
      itemStyle: { color: value.skipped ? PALETTE.bands.skipped : bandColour(value.score) },
      ...(value.skipped
        ? { label: { formatter: value.skippedLabel ?? '', color: PALETTE.muted, fontWeight: 'normal' } }
        : {}),
    })),
    ...extra,
  };
}

/** A text graphic at (x, y), in the chart's text colour unless `style` says otherwise. */
export function textAt(x: number, y: number, value: string, style: Part = {}): Part {
  return { type: 'text', x, y, style: { text: value, fill: PALETTE.text, fontSize: TYPE.label, ...style } };
}

/** The chart's title, top left, cut to the card's width. */
export function titleAt(title: string, width: number): Part {
  return textAt(40, 32, title, {
    fontSize: TYPE.title,
    fontWeight: 'bold',
    width: width - 80,
    overflow: 'truncate',
  });
}

/** A panel's heading, in the muted colour. */
export function headingAt(x: number, y: number, heading: string, width: number): Part {
  return textAt(x, y, heading, { fill: PALETTE.muted, width, overflow: 'truncate' });
}

/** The option fields every chart has. */
export function baseOption(): Part {
  return { animation: false, backgroundColor: PALETTE.background, textStyle: { color: PALETTE.text } };
}
