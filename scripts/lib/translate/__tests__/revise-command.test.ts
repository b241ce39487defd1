import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readReport } from '../../../../src/content/report-files-fs.ts';

const ROOT = join(import.meta.dirname, '../../../..');
const REPORT = 'taiyuan-xiaodian/2024';

/** A copy of content/ (without the sources of record), for the command to write to. */
function contentCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'baogao-revise-'));
  cpSync(join(ROOT, 'content'), copy, { recursive: true, filter: (source) => !source.includes('/sources/') });
  return copy;
}

function translate(content: string, args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/translate.ts'), ...args, '--content', content], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

const english = (content: string) => readFileSync(join(content, 'reports', REPORT, 'en.json'), 'utf8');
const translation = (content: string) => readReport(content, REPORT).translation?.file;

describe('npm run translate -- revise', () => {
  test('a change to published English is written with its revision: the day, kind, note and the text it replaced', () => {
    const content = contentCopy();
    const before = translation(content)?.blocks.find((block) => block.id === 'p13')?.en ?? '';
    const en = before.replace('put to a considerable test', 'put to a serious test');
    const args = ['revise', REPORT, 'p13', '--en', en, '--kind', 'wording', '--note', 'Plainer.', '--date', '2026-12-02'];
    expect(translate(content, args).status).toBe(0);
    const file = translation(content);
    expect(file?.blocks.find((block) => block.id === 'p13')).toMatchObject({ en, state: 'reviewed', revised: '2026-12-02' });
    expect(file?.revisions.at(-1)).toEqual({ date: '2026-12-02', id: 'p13', kind: 'wording', note: 'Plainer.', before });
  });

  test('a glossary entry’s text changes the same way, as glossary:<key> with its field', () => {
    const content = contentCopy();
    const args = ['revise', REPORT, 'glossary:wu-you', '--field', 'term', '--en', '"five musts"', '--note', 'n', '--date', '2026-12-02'];
    expect(translate(content, args).status).toBe(0);
    expect(translation(content)?.revisions.at(-1)).toMatchObject({ id: 'glossary:wu-you', field: 'term', before: '"five essentials"' });
  });

  test('refused, writing nothing: published English without a note for readers, a wrong figure, an unknown block', () => {
    const content = contentCopy();
    const original = english(content);
    const p13 = translation(content)?.blocks.find((block) => block.id === 'p13')?.en ?? '';
    const noNote = translate(content, ['revise', REPORT, 'p13', '--en', `${p13} `]);
    expect(noNote.status).toBe(1);
    expect(noNote.stderr).toContain('p13: error: this changes published English; give readers a --note');
    const p6 = translation(content)?.blocks.find((block) => block.id === 'p6')?.en ?? '';
    const wrongFigure = translate(content, ['revise', REPORT, 'p6', '--en', p6.replace('473', '474'), '--note', 'n']);
    expect(wrongFigure.status).toBe(1);
    expect(wrongFigure.stderr).toMatch(/en\.json:\d+: error: p6: /);
    expect(translate(content, ['revise', REPORT, 'p999', '--en', 'x', '--note', 'n']).stderr).toContain('no block p999');
    expect(translate(content, ['revise', REPORT, 'p13', '--en', 'x', '--kind', 'typo']).stderr).toContain(
      '--kind: expected correction or wording',
    );
    // Reviewed English that leaves a sentence in Chinese (a partial draft's gap) would be shown as reviewed.
    const withGap = translate(content, ['revise', REPORT, 'p13', '--en', `${p13} ⟦not yet translated: 有关问题。⟧`, '--note', 'n']);
    expect(withGap.status).toBe(1);
    expect(withGap.stderr).toContain('p13: error: the English still leaves a sentence in Chinese');
    expect(english(content)).toBe(original);
  });
});
