import { describe, expect, test } from 'vitest';
import type { Figure } from '../../../schemas/figures-file.ts';
import { checkFigures } from '../check-figures.ts';
import { mergeFigures } from '../merge-figures.ts';
import { blocksOf, figuresOf, INDICATORS } from './helpers.ts';

const LINES = ['## 一、2024年工作回顾', '区域地区生产总值完成 1580.62 亿元，增长 2.1%。城镇调查失业率控制在 5.5%以内。'];
const BLOCKS = blocksOf(LINES);
const FIGURES = figuresOf(LINES);

/** The problems of the extracted figures after `edit`. */
function problemsAfter(edit: (figures: Figure[]) => void): string[] {
  const figures = structuredClone(FIGURES);
  edit(figures);
  return checkFigures({ figures }, BLOCKS, INDICATORS).map((problem) => `${String(problem.index)} ${problem.message}`);
}

describe('figures check', () => {
  test('what the extractor wrote passes', () => {
    expect(FIGURES.length).toBe(2);
    expect(problemsAfter(() => undefined)).toEqual([]);
  });

  test('持平 checks as a change of 0', () => {
    const lines = ['## 一、2024年工作回顾', '粮食产量与上年持平。'];
    const figures = figuresOf(lines);
    expect(checkFigures({ figures }, blocksOf(lines), INDICATORS)).toEqual([]);
    if (figures[0]?.change) figures[0].change.value = 1;
    expect(checkFigures({ figures }, blocksOf(lines), INDICATORS).map((problem) => problem.message)).toEqual([
      'change.text "持平" says value 0 (the file says 1)',
    ]);
  });

  test('a phrase no longer in its paragraph, a block that is gone, an unknown indicator', () => {
    expect(
      problemsAfter((figures) => {
        const [gdp, unemployment] = figures as [Figure, Figure];
        gdp.phrase = '区域地区生产总值完成 1580.63 亿元，增长 2.1%';
        gdp.level = { value: 158_063_000_000, unit: 'yuan', text: '1580.63 亿元' };
        unemployment.block = 'p9';
        figures.push({ ...unemployment, block: 'p1', indicator: 'unemployment' });
      }),
    ).toEqual([
      "0 the phrase no longer appears in #p1; run npm run figures -- extract, or correct the phrase to the paragraph's words",
      '1 no block #p9 in zh.mdx; point the figure at the paragraph that states it, or remove it',
      '2 indicator "unemployment" is not a key of content/indicators.json; add it there or correct the key',
    ]);
  });

  test('a value, sign, hedge, range or unit that is not what the words say', () => {
    expect(
      problemsAfter((figures) => {
        const [gdp, unemployment] = figures as [Figure, Figure];
        gdp.level = { value: 158_062_000, unit: 'yuan', text: '1580.62 亿元' };
        gdp.change = { value: -2.1, max: 3, unit: 'points', text: '增长 2.1%' };
        unemployment.level = { value: 5.5, unit: 'percent', qualifier: 'about', text: '控制在 5.5%以内' };
      }),
    ).toEqual([
      '0 level.text "1580.62 亿元" says value 158062000000 (the file says 158062000)',
      '0 change.text "增长 2.1%" says value 2.1 (the file says -2.1), max none (the file says 3), unit percent (the file says points)',
      '1 level.text "控制在 5.5%以内" says qualifier at-most (the file says about)',
    ]);
  });

  test('a level stored as a change, and words that are not in the phrase', () => {
    expect(
      problemsAfter((figures) => {
        const [gdp] = figures as [Figure];
        gdp.change = { value: 1580.62, unit: 'percent', text: '1580.62 亿元' };
        gdp.level = { value: 1, unit: 'yuan', text: '1 元' };
      }),
    ).toEqual(['0 level.text "1 元" is not part of the phrase', '0 change.text "1580.62 亿元" states a level, not a change']);
  });
});

describe('re-extraction', () => {
  const position = (figure: Figure) => FIGURES.findIndex((candidate) => candidate.phrase === figure.phrase);

  test('keeps a reviewed figure exactly as the editor left it, without a duplicate beside it', () => {
    const reviewed = {
      ...(FIGURES[0] as Figure),
      subject: '地区生产总值',
      note: 'checked against the statistical bulletin',
      reviewed: true,
    };
    const merged = mergeFigures([reviewed, FIGURES[1] as Figure], FIGURES, position);
    expect(merged.figures).toEqual([reviewed, FIGURES[1]]);
    expect(merged.kept).toBe(1);
    expect(merged.dropped).toEqual([]);
  });

  test('replaces unreviewed figures and reports those no longer found', () => {
    const stale = { ...(FIGURES[1] as Figure), phrase: '城镇调查失业率控制在 5.6%以内', subject: 'edited' };
    const merged = mergeFigures([FIGURES[0] as Figure, stale], FIGURES, position);
    expect(merged.figures).toEqual(FIGURES);
    expect(merged.dropped).toEqual([stale]);
  });
});
