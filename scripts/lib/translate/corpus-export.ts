/**
 * `npm run translate -- tmx`: the aligned corpus of every report in content/
 * for translators' memories, as TMX 1.4b (or JSON Lines with --jsonl): one
 * translation unit per block whose English exists and was made from the
 * Chinese as it is now (a stale block is left out: its pair no longer aligns),
 * tuid `<region>/<year>#<id>`, the block's state and revision date as <prop>s.
 * Segments carry the inline markup as TMX codes (bpt/ept around formatted text,
 * ph for a glossary marker, a line break or other syntax), the Markdown of each
 * code as its content, so a memory matches on the words. Built with xml-js (the
 * xliff package's XML library; xml-tree.ts writes it).
 */
import type { ReportOnDisk } from '../../../src/content/report-files-fs.ts';
import { PAIRED_FORMATS, parseInline, type InlineToken } from './xliff/markdown-inline.ts';
import { writeXml, type Element } from './xliff/xml-tree.ts';
import { SOURCE_LANGUAGE } from './xliff/export-xliff.ts';

export interface AlignedPair {
  tuid: string;
  report: string;
  id: string;
  zh: string;
  en: string;
  state: string;
  revised?: string;
}

/** Every aligned block of every report. */
export function alignedPairs(reports: readonly ReportOnDisk[]): AlignedPair[] {
  return reports.flatMap((report) => {
    const translated = new Map(report.translation?.file.blocks.map((block) => [block.id, block]));
    return report.blocks.flatMap((block): AlignedPair[] => {
      const english = translated.get(block.id);
      if (!english || english.en === '' || english.zh !== block.markdown) return [];
      return [
        {
          tuid: `${report.id}#${block.id}`,
          report: report.id,
          id: block.id,
          zh: block.markdown,
          en: english.en,
          state: english.state,
          ...(english.revised ? { revised: english.revised } : {}),
        },
      ];
    });
  });
}

const text = (value: string): Element => ({ type: 'text', text: value });
const element = (name: string, attributes: Record<string, string>, elements: Element[] = []): Element => ({
  type: 'element',
  name,
  attributes,
  elements,
});

function segment(tokens: readonly InlineToken[], next: { i: number }): Element[] {
  return tokens.flatMap((token): Element[] => {
    switch (token.kind) {
      case 'text':
        return [text(token.text)];
      case 'paired': {
        const i = String(next.i++);
        const [open, close] = PAIRED_FORMATS[token.format];
        return [
          element('bpt', { i, type: token.format }, [text(open)]),
          ...segment(token.children, next),
          element('ept', { i }, [text(close)]),
        ];
      }
      case 'glossary':
        return [element('ph', { type: 'x-glossary-ref' }, [text(`<sup>[${String(token.n)}]</sup>`)])];
      case 'break':
        return [element('ph', { type: 'lb' }, [text('\n')])];
      case 'code':
        return [element('ph', { type: 'x-markdown' }, [text(token.markup)])];
    }
  });
}

function tuv(language: string, markdown: string): Element {
  return element('tuv', { 'xml:lang': language }, [element('seg', {}, segment(parseInline(markdown), { i: 1 }))]);
}

export function formatTmx(pairs: readonly AlignedPair[], language = 'en'): string {
  const header = element('header', {
    creationtool: 'baogao',
    creationtoolversion: '1',
    segtype: 'paragraph',
    'o-tmf': 'baogao-en-json',
    adminlang: 'en',
    srclang: SOURCE_LANGUAGE,
    datatype: 'plaintext',
  });
  const units = pairs.map((pair) =>
    element('tu', { tuid: pair.tuid }, [
      element('prop', { type: 'x-state' }, [text(pair.state)]),
      ...(pair.revised ? [element('prop', { type: 'x-revised' }, [text(pair.revised)])] : []),
      tuv(SOURCE_LANGUAGE, pair.zh),
      tuv(language, pair.en),
    ]),
  );
  return writeXml(element('tmx', { version: '1.4' }, [header, element('body', {}, units)]), new Set(['tmx', 'body', 'tu']));
}

export function formatJsonLines(pairs: readonly AlignedPair[]): string {
  return pairs.map((pair) => JSON.stringify(pair)).join('\n') + (pairs.length > 0 ? '\n' : '');
}
