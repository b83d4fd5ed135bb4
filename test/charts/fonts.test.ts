import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChartFontMissingError, locateChartFonts } from '../../src/charts/fonts.js';

describe('chart fonts', () => {
  it('finds a Korean font whose files exist', () => {
    const fonts = locateChartFonts();
    expect(fonts.files.length).toBeGreaterThan(0);
    for (const file of fonts.files) expect(existsSync(file)).toBe(true);
  });

  it('fails at start-up with a message that says what to install when no font is found', () => {
    const locate = () =>
      locateChartFonts({ fontDir: '/nonexistent/fonts', systemDirs: [], useNodeModules: false });
    expect(locate).toThrow(ChartFontMissingError);
    expect(locate).toThrow(/fonts-nanum/);
    expect(locate).toThrow(/CHART_FONT_DIR/);
    expect(locate).toThrow(/\/nonexistent\/fonts\/NanumGothic\.ttf/);
  });
});
