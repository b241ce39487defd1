/**
 * The report model's provenance, built from the committed 2024 report with its
 * en.json edited in memory: each block's English state, the review summary,
 * the revisions with the text after each, and a revision of no block refused.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reportSchema } from '../../schemas/report.ts';
import { buildReport } from '../build-report.ts';
import { readReport, type ReportOnDisk } from '../report-files-fs.ts';

const CONTENT = join(import.meta.dirname, '../../../content');

/** The 2024 report with its translation changed by `edit` (on a deep copy). */
function withTranslation(edit: (file: NonNullable<ReportOnDisk['translation']>['file']) => void): ReportOnDisk {
  const files = readReport(CONTENT, 'taiyuan-xiaodian/2024');
  if (!files.translation) throw new Error('the 2024 report has no translation');
  const file = structuredClone(files.translation.file);
  edit(file);
  return { ...files, translation: { ...files.translation, file } };
}

/** The 2024 report with two drafts: block 1 translated (not reviewed) on 2026-12-24, block 2 from translation memory. */
const withDrafts = () =>
  withTranslation((file) => {
    const [first, second] = file.blocks;
    if (!first || !second) throw new Error('too few blocks');
    Object.assign(first, { state: 'translated', revised: '2026-12-24' });
    Object.assign(second, { state: 'initial', memory: { match: 92, sources: ['taiyuan-xiaodian/2023#p14'] } });
  });

describe('the English provenance of the report model', () => {
  test('the committed report: every block reviewed, last revised on the day of its latest revision', () => {
    const report = buildReport(readReport(CONTENT, 'taiyuan-xiaodian/2024'));
    expect(report.english).toEqual({ reviewed: report.blocks.length, draft: 0, lastRevised: '2026-11-30' });
    expect(report.blocks.every((block) => block.enState === 'reviewed')).toBe(true);
    const p8 = report.revisions.find((revision) => revision.id === 'p8');
    expect(p8?.afterText).toContain('survivor and disability pensions');
    expect(p8?.beforeText).not.toContain('survivor');
    expect(p8?.number).toBe(report.blocks.find((block) => block.id === 'p8')?.number);
    expect(report.blocks.find((block) => block.id === 'p8')?.enRevisions).toBe(1);
  });

  test('drafts are counted apart, a memory draft keeps its provenance, and a later block revision sets the day', () => {
    const report = buildReport(withDrafts());
    expect(report.english).toEqual({ reviewed: report.blocks.length - 2, draft: 2, lastRevised: '2026-12-24' });
    expect(report.blocks[0]).toMatchObject({ enState: 'draft', enRevised: '2026-12-24' });
    expect(report.blocks[1]?.enMemory).toEqual({ match: 92, sources: ['taiyuan-xiaodian/2023#p14'] });
  });

  test('a revision of a block that does not exist fails the build, naming the file and the revision', () => {
    const files = withTranslation((file) => {
      file.revisions.push({ date: '2026-12-01', id: 'p999', kind: 'wording', note: '', before: 'x' });
    });
    expect(() => buildReport(files)).toThrow(`${files.translationPath}: error: revisions[19] (2026-12-01, p999): no block p999`);
  });
});

describe('the report schema keeps the whole model', () => {
  // The loader hands the later build steps (PDFs, preview images, search) the store's checked copy of each report
  // (report-loader.ts), and a z.object drops keys it does not name: a field buildReport adds but the schema
  // forgets would vanish from those steps without an error.
  test('the committed report, and one with drafts and translation memory, come out of the schema unchanged', () => {
    const committed = buildReport(readReport(CONTENT, 'taiyuan-xiaodian/2024'));
    const drafted = buildReport(withDrafts());
    for (const report of [committed, drafted]) expect(reportSchema.parse(report)).toStrictEqual(report);
    expect(drafted.blocks.some((block) => block.enMemory !== undefined)).toBe(true);
  });
});
