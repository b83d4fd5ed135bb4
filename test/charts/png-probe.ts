// Reads rendered chart PNGs back for tests: size, how much is drawn, and where a colour runs along a row.
import { PNG } from 'pngjs';

export interface DecodedPng {
  width: number;
  height: number;
  rgbaAt(x: number, y: number): [number, number, number, number];
}

/** Decode a PNG (throws if the bytes are not one). */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const png = PNG.sync.read(Buffer.from(bytes));
  return {
    width: png.width,
    height: png.height,
    rgbaAt(x, y) {
      const i = (png.width * y + x) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
    },
  };
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** True when the pixel is within `tolerance` of `hex` on every channel. */
export function isColour(png: DecodedPng, x: number, y: number, hex: string, tolerance = 12): boolean {
  const [r, g, b] = png.rgbaAt(x, y);
  const [er, eg, eb] = hexToRgb(hex);
  return Math.abs(r - er) <= tolerance && Math.abs(g - eg) <= tolerance && Math.abs(b - eb) <= tolerance;
}

/** The rightmost x in [from, to) on row y that has colour `hex`, or -1. */
export function lastRunOf(png: DecodedPng, y: number, hex: string, from: number, to: number): number {
  let last = -1;
  for (let x = from; x < to; x++) if (isColour(png, x, y, hex)) last = x;
  return last;
}

/** The topmost y in [from, to) in column x that has colour `hex`, or -1. */
export function firstRunInColumn(png: DecodedPng, x: number, hex: string, from: number, to: number): number {
  for (let y = from; y < to; y++) if (isColour(png, x, y, hex)) return y;
  return -1;
}

/** How many pixels of the box differ from `background` by more than `tolerance`. */
export function drawnPixels(
  png: DecodedPng,
  box: { x: number; y: number; width: number; height: number },
  background: string,
  tolerance = 40,
): number {
  let count = 0;
  for (let y = box.y; y < box.y + box.height; y++)
    for (let x = box.x; x < box.x + box.width; x++) if (!isColour(png, x, y, background, tolerance)) count++;
  return count;
}
