// Finds the Korean font the charts are drawn with, once at start-up, so a missing font is a clear error
// and not a chart full of empty boxes. The same files are handed to resvg every time (no system fonts).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The font files a chart is rendered with and the family name the chart's text asks for. */
export interface ChartFonts {
  family: string;
  files: string[];
}

/** Raised at start-up when no Korean font can be found; its message says how to fix it. */
export class ChartFontMissingError extends Error {
  constructor(searched: string[]) {
    super(
      [
        'No Korean font for the charts was found. Looked for:',
        ...searched.map((place) => `  - ${place}`),
        "Install Debian's fonts-nanum (apt-get install fonts-nanum), or set CHART_FONT_DIR to a folder",
        'holding NanumGothic.ttf and NanumGothicBold.ttf, or set CHARTS=off to send text reports only.',
      ].join('\n'),
    );
    this.name = 'ChartFontMissingError';
  }
}

interface Candidate {
  family: string;
  files: string[];
}

const NANUM = (dir: string): Candidate => ({
  family: 'NanumGothic',
  files: [path.join(dir, 'NanumGothic.ttf'), path.join(dir, 'NanumGothicBold.ttf')],
});

/** Noto Sans KR from the @expo-google-fonts devDependency: a developer's machine without fonts-nanum. */
function notoFromNodeModules(): Candidate | undefined {
  try {
    const require = createRequire(import.meta.url);
    const root = path.dirname(require.resolve('@expo-google-fonts/noto-sans-kr/package.json'));
    return {
      family: 'Noto Sans KR',
      files: [
        path.join(root, '400Regular', 'NotoSansKR_400Regular.ttf'),
        path.join(root, '700Bold', 'NotoSansKR_700Bold.ttf'),
      ],
    };
  } catch {
    return undefined;
  }
}

/** Where Debian's fonts-nanum puts its files. */
export const DEBIAN_NANUM_DIR = '/usr/share/fonts/truetype/nanum';

export interface LocateOptions {
  /** CHART_FONT_DIR: a folder with NanumGothic.ttf and NanumGothicBold.ttf, tried first. */
  fontDir?: string | undefined;
  /** System folders holding NanumGothic (default: Debian's). */
  systemDirs?: readonly string[] | undefined;
  /** Whether Noto Sans KR from node_modules may be used (default: yes). */
  useNodeModules?: boolean | undefined;
}

/**
 * The chart fonts, in order of preference: CHART_FONT_DIR (NanumGothic regular and bold), Debian's
 * fonts-nanum (what CI and the Docker image install), then Noto Sans KR from node_modules (dev only).
 * Throws ChartFontMissingError naming every place it looked.
 */
export function locateChartFonts(options: LocateOptions = {}): ChartFonts {
  const candidates: Candidate[] = [];
  if (options.fontDir) candidates.push(NANUM(path.resolve(options.fontDir)));
  for (const dir of options.systemDirs ?? [DEBIAN_NANUM_DIR]) candidates.push(NANUM(dir));
  const noto = options.useNodeModules === false ? undefined : notoFromNodeModules();
  if (noto) candidates.push(noto);
  const found = candidates.find((candidate) => candidate.files.every((file) => existsSync(file)));
  if (!found) {
    const searched = candidates.map((c) => c.files.join(', '));
    if (!noto) searched.push('@expo-google-fonts/noto-sans-kr (not installed)');
    throw new ChartFontMissingError(searched);
  }
  return { family: found.family, files: found.files };
}
