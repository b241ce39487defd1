import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readReport } from '../../../../src/content/report-files-fs.ts';
import type { TranslationFile } from '../../../../src/schemas/translation-file.ts';
import { FIXTURES, ROOT, runIngest, tempDir } from '../../ingest/__tests__/ingest-helpers.ts';

function translate(args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/translate.ts'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A content folder with the Fenhe fixture report ingested and the term base. */
function fixtureContent(): string {
  const content = tempDir();
  expect(runIngest([join(FIXTURES, 'fenhe-2025.zh.md'), '--region', 'jinyang-fenhe', '--year', '2025', '--out', content]).status).toBe(0);
  copyFileSync(join(ROOT, 'content/termbase.json'), join(content, 'termbase.json'));
  return content;
}

const REPORT = 'jinyang-fenhe/2025';
const EN = `reports/${REPORT}/en.json`;

/** The translation file as the commands read it. */
function readTranslation(content: string): TranslationFile {
  const file = readReport(content, REPORT).translation?.file;
  if (!file) throw new Error(`${EN}: not written`);
  return file;
}

/** A translator's edit of en.json. */
function editTranslation(content: string, edit: (file: TranslationFile) => void): void {
  const file = readTranslation(content);
  edit(file);
  writeFileSync(join(content, EN), JSON.stringify(file, null, 2));
}

describe('the translation workflow for a new report', () => {
  const content = fixtureContent();

  test('skeleton lists every paragraph id with its Chinese and an empty English', () => {
    const result = translate(['skeleton', 'jinyang-fenhe/2025', '--content', content]);
    expect(result.status).toBe(0);
    const file = readTranslation(content);
    const body = readFileSync(join(content, 'reports/jinyang-fenhe/2025/zh.mdx'), 'utf8');
    expect(file.blocks.length).toBe((body.match(/\{\/\* #/g) ?? []).length);
    expect(file.blocks.every((block) => block.en === '')).toBe(true);
    expect(file.blocks[0]).toEqual({ id: 'p1', zh: '各位代表：', en: '', state: 'initial' });
    expect(file.glossary.map((entry) => entry.key)).toEqual(['san-chuang-yi-zhi', 'liang-qing-ling']);
    expect(result.stdout).toContain('jinyang-fenhe/2025: 0/');
  });

  test('status counts translated paragraphs, and skeleton keeps existing translations', () => {
    editTranslation(content, (file) =>
      file.blocks.splice(0, 1, { id: 'p1', zh: '各位代表：', en: 'Fellow Deputies,', state: 'translated' }),
    );
    expect(translate(['status', '--content', content]).stdout).toMatch(
      /jinyang-fenhe\/2025: 1\/\d+ blocks with English \(\d+%\): 0 reviewed, 1 translated, 0 drafted from memory/,
    );
    translate(['skeleton', 'jinyang-fenhe/2025', '--content', content]);
    expect(readTranslation(content).blocks[0]?.en).toBe('Fellow Deputies,');
  });

  test('check passes a correct translation', () => {
    editTranslation(content, (file) => {
      const block = file.blocks.find((candidate) => candidate.zh.includes('212.5 亿元'));
      if (block)
        block.en =
          'Over the past year, we advanced the "three campaigns and one clean-up"<sup>[1]</sup>. The county\'s GDP reached 21.25 billion yuan, up 5.2 percent. The area sown to grain was 36,000 mu, and 8,000 mu of high-standard farmland was newly built.';
    });
    const result = translate(['check', 'jinyang-fenhe/2025', '--content', content]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('bad translations get an error naming the file, the line and the id', () => {
  function checkWith(edit: (file: TranslationFile) => void) {
    const content = fixtureContent();
    translate(['skeleton', 'jinyang-fenhe/2025', '--content', content]);
    editTranslation(content, edit);
    return { ...translate(['check', '--content', content]), path: join(content, EN) };
  }

  test('an English paragraph whose id does not exist in the Chinese', () => {
    const result = checkWith((file) => file.blocks.push({ id: 'p999', zh: '', en: 'Orphan.', state: 'translated' }));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${result.path}:\\d+: error: paragraph id p999 does not exist in the Chinese original`));
  });

  test('one Chinese paragraph translated twice', () => {
    const result = checkWith((file) => file.blocks.push({ id: 'p1', zh: '各位代表：', en: 'Deputies,', state: 'translated' }));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/en\.json:\d+: error: paragraph p1 is translated twice/);
  });

  test('a figure that does not match', () => {
    const result = checkWith((file) => {
      const block = file.blocks.find((candidate) => candidate.zh.includes('212.5 亿元'));
      if (block) block.en = 'The GDP reached 2.125 billion yuan, up 5.2 percent; grain 36,000 mu; farmland 8,000 mu.';
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/en\.json:\d+: error: p\d+: Chinese "212\.5 亿元" \(21,250,000,000\) has no matching figure/);
  });

  test('a term-base term rendered another way', () => {
    const result = checkWith((file) => {
      const block = file.blocks.find((candidate) => candidate.zh.includes('高标准农田'));
      if (block) block.en = 'The GDP reached 21.25 billion yuan, up 5.2 percent; grain 36,000 mu; 8,000 mu of good fields.';
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error: p\d+: the Chinese has 高标准农田, so the English must contain "high-standard farmland"/);
  });

  test('an unknown report', () => {
    const result = translate(['skeleton', 'nowhere/2030', '--content', tempDir()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/zh\.mdx: error: no such report "nowhere\/2030"/);
  });
});

test('the committed English translation passes every check: ids, figures, term base', () => {
  const result = translate(['check']);
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain('translation check: no errors');
  expect(result.status).toBe(0);
  expect(translate(['status']).stdout).toMatch(
    /taiyuan-xiaodian\/2024: 62\/62 blocks with English \(100%\): 62 reviewed, 0 translated, 0 drafted from memory, 0 pending; 0 stale; glossary 15\/15/,
  );
});
