/**
 * The exchange with CAT tools, through the real command (`npm run translate --
 * export | import | tmx`) on copies of the real 2024 report and of a fixture
 * report with pending paragraphs. CAT-tool edits are made on the exported XML
 * (xliff-edits.ts), never by writing XLIFF by hand.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import convert, { type Element } from 'xml-js';
import { describe, expect, test } from 'vitest';
import { readReport } from '../../../../../src/content/report-files-fs.ts';
import { readTermBase } from '../../../../../src/content/termbase-fs.ts';
import { compareFigures } from '../../../../../src/lib/figures.ts';
import { checkTermBase } from '../../../../../src/lib/termbase.ts';
import { renderBlockMarkdown } from '../../../../../src/markdown/render-block.ts';
import { ROOT, runIngest, tempDir } from '../../../ingest/__tests__/ingest-helpers.ts';
import { memoryContent, NEXT_YEAR } from '../../testing/memory-content.ts';
import { MAX_XML_BYTES } from '../xml-tree.ts';
import { addNote, editUnit, parts, replaceText, resaveAsAnotherTool, setState, setTargetText } from './xliff-edits.ts';

const REAL = 'taiyuan-xiaodian/2024';
const FIXTURE = 'jinyang-fenhe/2025';
const DATE = '2026-12-01';

function translate(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/translate.ts'), ...args], { encoding: 'utf8', cwd });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the real content folder. */
function realContent(): string {
  const content = tempDir();
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  return content;
}

/** The Fenhe 2025 fixture report with its partial translation (most paragraphs pending) and the term base. */
function fixtureContent(): string {
  const content = tempDir();
  const source = join(ROOT, 'e2e/fixtures/sources/jinyang-fenhe-2025.zh.md');
  expect(runIngest([source, '--region', 'jinyang-fenhe', '--year', '2025', '--out', content]).status).toBe(0);
  copyFileSync(join(ROOT, 'e2e/fixtures/translations/jinyang-fenhe-2025.en.json'), join(content, 'reports', FIXTURE, 'en.json'));
  copyFileSync(join(ROOT, 'content/termbase.json'), join(content, 'termbase.json'));
  return content;
}

const enJson = (content: string, report: string) => join(content, 'reports', report, 'en.json');

function exported(content: string, report: string, version = '1.2'): string {
  const out = join(content, `export-${version}.xlf`);
  const result = translate(['export', report, '--content', content, '--xliff', version, '--out', out]);
  expect(result.stderr).toContain('wrote');
  expect(result.status).toBe(0);
  return readFileSync(out, 'utf8');
}

function importText(content: string, xml: string, ...options: string[]) {
  const file = join(content, 'edited.xlf');
  writeFileSync(file, xml);
  return { file, ...translate(['import', file, '--content', content, '--date', DATE, ...options]) };
}

function block(content: string, report: string, id: string) {
  const found = readReport(content, report).translation?.file.blocks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no block ${id}`);
  return found;
}

describe('export', () => {
  const content = realContent();
  const xml = exported(content, REAL);

  test('one unit per block keyed by its id, and two per glossary entry', () => {
    const report = readReport(content, REAL);
    const ids = [...xml.matchAll(/<trans-unit id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual([
      ...report.blocks.map((entry) => entry.id),
      ...report.glossary.flatMap((entry) => [`glossary:${entry.key}:term`, `glossary:${entry.key}:definition`]),
    ]);
  });

  test('inline markup is XLIFF inline elements, not escaped text', () => {
    const { source, target } = parts(findIn(xml, 'p5'));
    expect(source.elements?.[0]).toMatchObject({ name: 'g', attributes: { ctype: 'bold' } });
    expect(target?.elements?.[0]).toMatchObject({ name: 'g', attributes: { ctype: 'bold', id: '1' } });
    expect(xml).not.toContain('**');
    expect(xml).not.toContain('&lt;sup&gt;[');
    const marked = readReport(content, REAL).glossary[0]?.uses[0]?.block ?? '';
    const glossaryRef = parts(findIn(xml, marked)).source.elements?.find((element) => element.name === 'x');
    expect(glossaryRef?.attributes).toMatchObject({ ctype: 'x-glossary-ref', 'equiv-text': '[1]' });
  });

  test('notes carry the glossary definitions and the term base renderings that apply', () => {
    const report = readReport(content, REAL);
    const entry = report.glossary[0];
    const use = entry?.uses[0]?.block ?? '';
    const notes = (findIn(xml, use).elements ?? []).filter((element) => element.name === 'note').map((note) => note.elements?.[0]?.text);
    expect(notes).toEqual(
      expect.arrayContaining([expect.stringContaining(`glossary [1] ${entry?.term ?? ''}: ${entry?.definition ?? ''}`)]),
    );
    const p3Notes = (findIn(xml, 'p3').elements ?? [])
      .filter((element) => element.name === 'note')
      .map((note) => String(note.elements?.[0]?.text));
    expect(p3Notes).toContain('term base: 高质量发展 → high-quality development (A; 2024 and 2025 GWR)');
  });

  test('states: reviewed is signed-off in 1.2, native in 2.1 (with the 2.0 core namespace, as 2.1 specifies)', () => {
    expect(parts(findIn(xml, 'p1')).target?.attributes?.state).toBe('signed-off');
    const xml21 = exported(content, REAL, '2.1');
    expect(xml21).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh-CN" trgLang="en">');
    expect(parts(findIn(xml21, 'p1')).segment.attributes?.state).toBe('reviewed');
  });
});

function findIn(xml: string, id: string): Element {
  let found: Element | undefined;
  const visit = (node: Element) => {
    if ((node.name === 'trans-unit' || node.name === 'unit') && node.attributes?.id === id) found = node;
    for (const child of node.elements ?? []) visit(child);
  };
  visit(convert.xml2js(xml) as Element);
  if (!found) throw new Error(`no unit ${id}`);
  return found;
}

describe('round trip without changes leaves en.json byte for byte', () => {
  for (const [name, report, make] of [
    ['the real 2024 report', REAL, realContent],
    ['a fixture report with pending paragraphs', FIXTURE, fixtureContent],
  ] as const) {
    for (const version of ['1.2', '2.1']) {
      test(`${name}, XLIFF ${version}, also as saved by another tool`, () => {
        const content = make();
        const before = readFileSync(enJson(content, report));
        const xml = exported(content, report, version);
        for (const file of [xml, resaveAsAnotherTool(xml)]) {
          const result = importText(content, file);
          expect(result.stderr).toBe('');
          expect(result.status).toBe(0);
          expect(result.stdout).toContain('no changes');
          expect(readFileSync(enJson(content, report)).equals(before)).toBe(true);
        }
      });
    }
  }
});

describe("a next year's report drafted from the memory", () => {
  test('goes out with its drafts marked, comes back unchanged, and a draft signed off in the tool is reviewed', () => {
    const content = memoryContent(tempDir(), 1);
    expect(translate(['skeleton', NEXT_YEAR, '--content', content]).status).toBe(0);
    const before = readFileSync(enJson(content, NEXT_YEAR));
    const drafted = readReport(content, NEXT_YEAR).translation?.file.blocks.find(
      (entry) => entry.memory?.match === 100 && entry.id.startsWith('p'),
    );
    if (!drafted) throw new Error('the memory drafted no paragraph exactly');
    const xml = exported(content, NEXT_YEAR);
    expect(parts(findIn(xml, drafted.id)).target?.attributes).toEqual({ state: 'needs-translation', 'state-qualifier': 'leveraged-tm' });
    expect(importText(content, resaveAsAnotherTool(xml)).stdout).toContain('no changes');
    expect(readFileSync(enJson(content, NEXT_YEAR)).equals(before)).toBe(true);
    const signed = editUnit(xml, drafted.id, (unit) => setState(unit, 'signed-off'));
    expect(importText(content, signed).status).toBe(0);
    expect(block(content, NEXT_YEAR, drafted.id)).toMatchObject({ en: drafted.en, state: 'reviewed' });
  });
});

describe('paths', () => {
  test("relative paths are the caller's: npm runs the command in the project folder and says in INIT_CWD where it was called", () => {
    const content = realContent();
    const run = (args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'scripts/translate.ts'), ...args], {
        encoding: 'utf8',
        cwd: ROOT,
        env: { ...process.env, INIT_CWD: content },
      });
    expect(run(['export', REAL, '--content', '.']).status).toBe(0);
    expect(readFileSync(join(content, 'taiyuan-xiaodian-2024.en.xlf'), 'utf8')).toContain('<trans-unit id="p1"');
    const result = run(['import', 'taiyuan-xiaodian-2024.en.xlf', '--content', '.']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`taiyuan-xiaodian-2024.en.xlf: no changes; ${enJson(content, REAL)} left as it was`);
  });
});

describe('segmentation a CAT tool adds is read through', () => {
  test('a 2.1 unit split into sentence segments, and 1.2 targets wrapped in <mrk mtype="seg">, import as the same text', () => {
    const content = realContent();
    const before = readFileSync(enJson(content, REAL));
    const split = editUnit(exported(content, REAL, '2.1'), 'p2', (unit) => {
      const { source, target, segment } = parts(unit);
      const halves = (element: Element | undefined, at: string): [string, string] => {
        const text = String(element?.elements?.[0]?.text ?? '');
        const cut = text.indexOf(at) + at.length;
        return [text.slice(0, cut), text.slice(cut)];
      };
      const [zh1, zh2] = halves(source, '审议，');
      const [en1, en2] = halves(target, 'deliberation, ');
      const textOf = (value: string): Element[] => [{ type: 'text', text: value }];
      const sentence = (zh: string, en: string): Element => ({
        type: 'element',
        name: 'segment',
        attributes: { ...segment.attributes },
        elements: [
          { type: 'element', name: 'source', elements: textOf(zh) },
          { type: 'element', name: 'target', elements: textOf(en) },
        ],
      });
      unit.elements = (unit.elements ?? []).flatMap((child) => (child === segment ? [sentence(zh1, en1), sentence(zh2, en2)] : [child]));
    });
    expect((split.match(/<segment /g) ?? []).length).toBeGreaterThan(readReport(content, REAL).blocks.length);
    expect(importText(content, split).stdout).toContain('no changes');
    const marked = editUnit(exported(content, REAL), 'p5', (unit) => {
      const { target } = parts(unit);
      if (target)
        target.elements = [{ type: 'element', name: 'mrk', attributes: { mtype: 'seg', mid: '1' }, elements: target.elements ?? [] }];
    });
    expect(marked).toContain('<mrk mtype="seg" mid="1"><g id="1" ctype="bold">');
    expect(importText(content, marked).stdout).toContain('no changes');
    expect(readFileSync(enJson(content, REAL)).equals(before)).toBe(true);
  });
});

describe('a CAT tool edit comes back', () => {
  for (const version of ['1.2', '2.1'] as const) {
    test(`XLIFF ${version}: a changed published target is a listed revision; a draft moved to reviewed is reviewed`, () => {
      const content = realContent();
      const original = readReport(content, REAL).translation?.file;
      const p5 = block(content, REAL, 'p5');
      let xml = exported(content, REAL, version);
      xml = editUnit(xml, 'p5', (unit) => {
        const { target } = parts(unit);
        if (target) replaceText(target, (text) => text.replace('we rose to challenges', 'we met challenges head on'));
        addNote(unit, 'correction: 迎难而上 is meeting difficulties head on.');
      });
      xml = editUnit(xml, 'p2', (unit) => {
        setTargetText(unit, 'On behalf of the District People’s Government, I now report on its work.');
        setState(unit, version === '1.2' ? 'needs-review-translation' : 'translated');
      });
      const result = importText(content, resaveAsAnotherTool(xml));
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const after = readReport(content, REAL).translation?.file;
      const changed = after?.blocks.find((candidate) => candidate.id === 'p5');
      expect(changed?.en).toBe(p5.en.replace('we rose to challenges', 'we met challenges head on'));
      expect(changed?.en.startsWith('**')).toBe(true);
      expect(changed?.state).toBe('reviewed');
      expect(changed?.revised).toBe(DATE);
      expect(after?.blocks.find((candidate) => candidate.id === 'p2')).toMatchObject({ state: 'translated', revised: DATE });
      // In the order of the file's units.
      expect(after?.revisions.slice(original?.revisions.length)).toEqual([
        { date: DATE, id: 'p2', kind: 'wording', note: '', before: original?.blocks[1]?.en },
        { date: DATE, id: 'p5', kind: 'correction', note: '迎难而上 is meeting difficulties head on.', before: p5.en },
      ]);
      // Everything else is as it was.
      expect(after?.blocks.filter((candidate) => !['p2', 'p5'].includes(candidate.id))).toEqual(
        original?.blocks.filter((candidate) => !['p2', 'p5'].includes(candidate.id)),
      );
      const check = translate(['check', REAL, '--content', content]);
      expect(check.stdout).toContain('no errors');
    });
  }

  test('a memory draft goes out marked leveraged-tm with its sources, stays a draft if untouched, and stops being one when edited', () => {
    const content = realContent();
    const path = enJson(content, REAL);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { blocks: Record<string, unknown>[] };
    const draft = { match: 92, sources: ['taiyuan-xiaodian/2023#p1'] };
    file.blocks[0] = { ...file.blocks[0], state: 'initial', memory: draft };
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
    const before = readFileSync(path);
    const xml = exported(content, REAL);
    const unit = findIn(xml, 'p1');
    expect(parts(unit).target?.attributes).toEqual({ state: 'needs-translation', 'state-qualifier': 'leveraged-tm' });
    const notes = (unit.elements ?? []).filter((element) => element.name === 'note').map((note) => note.elements?.[0]?.text);
    expect(notes).toEqual(['translation memory draft: 92% ← taiyuan-xiaodian/2023#p1']);
    expect(importText(content, xml).stdout).toContain('no changes');
    expect(readFileSync(path).equals(before)).toBe(true);
    const edited = editUnit(xml, 'p1', (element) => {
      setTargetText(element, 'Fellow deputies,');
      setState(element, 'translated');
    });
    expect(importText(content, edited).status).toBe(0);
    expect(block(content, REAL, 'p1')).toEqual({ id: 'p1', zh: '各位代表：', en: 'Fellow deputies,', state: 'translated', revised: DATE });
  });

  test('a pending paragraph translated in the tool and signed off is added to en.json, in reading order', () => {
    const content = fixtureContent();
    const report = readReport(content, FIXTURE);
    const english = (id: string) => `Translated ${id}.`;
    // A pending paragraph whose Chinese has no figure, so that the placeholder English passes the figure check.
    const pending = report.blocks.find(
      (candidate) =>
        !report.translation?.file.blocks.some((translated) => translated.id === candidate.id && translated.en !== '') &&
        compareFigures(candidate.markdown, english(candidate.id)).length === 0 &&
        checkTermBase(readTermBase(content), [{ id: candidate.id, zh: candidate.markdown, en: english(candidate.id) }]).length === 0,
    );
    if (!pending) throw new Error('the fixture has no pending paragraph without figures');
    const xml = editUnit(exported(content, FIXTURE), pending.id, (unit) => {
      setTargetText(unit, english(pending.id));
      setState(unit, 'signed-off');
    });
    const result = importText(content, xml);
    expect(result.stderr).toBe('');
    const ids = readReport(content, FIXTURE).translation?.file.blocks.map((candidate) => candidate.id) ?? [];
    const order = report.blocks.map((candidate) => candidate.id);
    expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(block(content, FIXTURE, pending.id)).toMatchObject({
      id: pending.id,
      zh: pending.markdown,
      en: english(pending.id),
      state: 'reviewed',
      revised: DATE,
    });
  });

  test('a glossary term changed in the tool is written, and listed as a revision', () => {
    const content = realContent();
    const translation = readReport(content, REAL).translation?.file;
    const entry = translation?.glossary[0];
    if (!entry) throw new Error('no glossary');
    const before = translation.revisions.length;
    const xml = editUnit(exported(content, REAL), `glossary:${entry.key}:term`, (unit) => {
      setTargetText(unit, `${entry.term} (revised)`);
    });
    expect(importText(content, xml).status).toBe(0);
    const after = readReport(content, REAL).translation?.file;
    expect(after?.glossary[0]?.term).toBe(`${entry.term} (revised)`);
    expect(after?.revisions.slice(before)).toEqual([
      { date: DATE, id: `glossary:${entry.key}`, field: 'term', kind: 'wording', note: '', before: entry.term },
    ]);
  });

  test('text that looks like a script is only text: the site sanitises it like any en.json', () => {
    const content = fixtureContent();
    const xml = editUnit(exported(content, FIXTURE), 'p2', (unit) => {
      setTargetText(unit, 'We report. <script>alert(1)</script><img src=x onerror=alert(2)>');
    });
    expect(importText(content, xml).status).toBe(0);
    const html = renderBlockMarkdown(block(content, FIXTURE, 'p2').en).html;
    expect(html).not.toMatch(/<script|onerror|<img/);
    expect(html).toContain('We report.');
  });
});

describe('import refuses, naming each unit, and writes nothing', () => {
  const content = realContent();
  const xml = exported(content, REAL);
  const before = readFileSync(enJson(content, REAL));

  function refused(file: string, ...options: string[]) {
    const result = importText(content, file, ...options);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nothing was written');
    expect(readFileSync(enJson(content, REAL)).equals(before)).toBe(true);
    return result.stderr;
  }

  test('every problem of a file at once: stale source, unknown and duplicated ids, figures, term base', () => {
    let edited = editUnit(xml, 'p2', (unit) => replaceText(parts(unit).source, (text) => text.replace('审议', '审查')));
    edited = editUnit(edited, 'p1', (unit) => {
      unit.attributes = { ...unit.attributes, id: 'p999' };
    });
    edited = editUnit(edited, 'p4', (unit) => {
      const found = parts(unit).target;
      if (found) replaceText(found, (text) => text.replace('158.062 billion', '158.1 billion'));
    });
    edited = editUnit(edited, 'p3', (unit) => {
      const found = parts(unit).target;
      if (found) replaceText(found, (text) => text.replaceAll('high-quality development', 'quality growth'));
    });
    const tree = convert.xml2js(edited, { captureSpacesBetweenElements: true }) as Element;
    const root = tree.elements?.find((element) => element.name === 'xliff');
    const body = root?.elements?.find((element) => element.name === 'file')?.elements?.find((element) => element.name === 'body');
    const s1 = body?.elements?.find((element) => element.attributes?.id === 's1');
    if (body && s1) body.elements = [...(body.elements ?? []), structuredClone(s1)];
    const stderr = refused(convert.js2xml(tree));
    expect(stderr).toMatch(/edited\.xlf: error: unit p2: the Chinese is not the report's Chinese now \(stale/);
    expect(stderr).toMatch(/unit p999: no such paragraph in taiyuan-xiaodian\/2024/);
    expect(stderr).toMatch(/unit s1: appears more than once/);
    expect(stderr).toContain('unit p4: Chinese "1580.62 亿元" (158,062,000,000) has no matching figure in the English');
    expect(stderr).toMatch(/unit p3: the Chinese has 高质量发展, so the English must contain "high-quality development"/);
  });

  test('malformed XML, with its line where the parser gives one; a file cut short', () => {
    // Malformed on purpose, so not through an XML library: a bare & in the target on line 7.
    const lines = xml.split('\n');
    expect(lines[6]).toContain('Fellow Deputies,');
    const bare = [...lines.slice(0, 6), (lines[6] ?? '').replace('Fellow Deputies,', 'Fellow & Deputies,'), ...lines.slice(7)].join('\n');
    expect(refused(bare)).toMatch(/edited\.xlf:7: error: malformed XML: Invalid character in entity name/);
    expect(refused(lines.slice(0, 20).join('\n'))).toMatch(/edited\.xlf:20: error: malformed XML: Unclosed root tag/);
    expect(refused('')).toContain('no root element');
  });

  test('a file over the size limit is refused before it is parsed', () => {
    const padding = ' '.repeat(MAX_XML_BYTES);
    expect(refused(xml.replace('<body>', `<body>${padding}`))).toContain('file is larger than 32 MB');
  });

  test('a DOCTYPE (entity declarations) is refused, not expanded', () => {
    const withEntity = xml.replace('<xliff ', '<!DOCTYPE xliff [<!ENTITY boom "boom">]>\n<xliff ');
    expect(refused(withEntity)).toContain('DOCTYPE is not accepted');
  });

  test('a file for another report or another language', () => {
    const tree = convert.xml2js(xml) as Element;
    const file = tree.elements?.find((element) => element.name === 'xliff')?.elements?.find((element) => element.name === 'file');
    if (!file?.attributes) throw new Error('no file');
    file.attributes.original = 'taiyuan-xiaodian/2023';
    expect(refused(convert.js2xml(tree))).toContain('for report "taiyuan-xiaodian/2023"');
    expect(refused(xml, '--report', 'jinyang-fenhe/2025')).toContain(
      'the file is for report "taiyuan-xiaodian/2024", not jinyang-fenhe/2025',
    );
    file.attributes.original = REAL;
    file.attributes['target-language'] = 'fr';
    expect(refused(convert.js2xml(tree))).toContain('translates into "fr", not en');
  });

  test('English that still leaves a sentence in Chinese cannot be marked translated', () => {
    const gap = editUnit(xml, 'p2', (unit) => {
      setTargetText(unit, 'On behalf of the District People’s Government, I will now report. ⟦not yet translated: 请予审议。⟧');
      setState(unit, 'translated');
    });
    expect(refused(gap)).toMatch(/unit p2: the English still leaves 1 sentence\(s\) in Chinese/);
  });

  test('an inline element the export does not write, and an unknown state', () => {
    const foreign = editUnit(xml, 'p5', (unit) => {
      const found = parts(unit).target;
      const bold = found?.elements?.[0];
      if (bold?.attributes) bold.attributes.ctype = 'x-html-script';
    });
    expect(refused(foreign)).toMatch(/unit p5: <target>: inline element <g ctype="x-html-script"> is not one the export writes/);
    const badState = editUnit(xml, 'p6', (unit) => setState(unit, 'approved'));
    expect(refused(badState)).toMatch(/unit p6: state "approved" is not an XLIFF 1.2 state/);
  });
});

describe('tmx', () => {
  const content = realContent();
  const pairs = readReport(content, REAL).translation?.file.blocks.filter((entry) => entry.en !== '').length ?? 0;

  test('the aligned corpus as TMX 1.4b: one <tu> per translated block, state and date as props', () => {
    const result = translate(['tmx', '--content', content, '--out', '-']);
    expect(result.status).toBe(0);
    const tmx = (convert.xml2js(result.stdout) as Element).elements?.find((element) => element.name === 'tmx');
    expect(tmx?.attributes?.version).toBe('1.4');
    const header = tmx?.elements?.find((element) => element.name === 'header');
    expect(header?.attributes).toMatchObject({ srclang: 'zh-CN', segtype: 'paragraph' });
    const units = tmx?.elements?.find((element) => element.name === 'body')?.elements?.filter((element) => element.name === 'tu') ?? [];
    expect(units.length).toBe(pairs);
    expect(pairs).toBeGreaterThan(60);
    expect(units[0]?.attributes?.tuid).toBe(`${REAL}#p1`);
    const first = units[0]?.elements ?? [];
    expect(first.filter((element) => element.name === 'prop').map((prop) => [prop.attributes?.type, prop.elements?.[0]?.text])).toEqual([
      ['x-state', 'reviewed'],
    ]);
    expect(first.filter((element) => element.name === 'tuv').map((tuv) => tuv.attributes?.['xml:lang'])).toEqual(['zh-CN', 'en']);
    const bold = units.find((unit) => unit.attributes?.tuid === `${REAL}#p5`)?.elements?.find((element) => element.name === 'tuv');
    expect(bold?.elements?.[0]?.elements?.[0]).toMatchObject({ name: 'bpt', attributes: { i: '1', type: 'bold' } });
  });

  test('--jsonl writes the same pairs as JSON Lines', () => {
    const result = translate(['tmx', '--jsonl', '--content', content, '--out', '-']);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { tuid: string; zh: string; en: string; state: string });
    expect(lines.length).toBe(pairs);
    expect(lines[0]).toMatchObject({ tuid: `${REAL}#p1`, zh: '各位代表：', en: 'Fellow Deputies,', state: 'reviewed' });
  });
});
