// Colours and type sizes shared by every chart: an opaque dark card that reads on Discord's dark and
// light themes alike and stays legible when Slack or a phone shrinks it to 400 px wide.
import { scoreBand } from '../domain/score-bands.js';

export const PALETTE = {
  background: '#1b1e25',
  panel: '#242833',
  text: '#f2f3f5',
  muted: '#b5bac1',
  grid: '#3a3f4b',
  accent: '#5b8cff',
  bands: { strong: '#3fb97a', fair: '#f2b13a', weak: '#f0555a', skipped: '#6d7480' },
  /** One colour per series (positions, evaluators, models), distinct from the score bands. */
  series: ['#5b8cff', '#c678dd', '#36c5d6', '#f2b13a', '#3fb97a', '#f0555a'],
} as const;

/** Sizes at 1200 px wide; a third of each is what a 400 px preview shows. */
export const TYPE = { title: 40, big: 120, label: 26, value: 26, small: 22 } as const;

/** The colour of a score's band. */
export function bandColour(score: number): string {
  return PALETTE.bands[scoreBand(score)];
}
