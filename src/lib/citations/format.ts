/**
 * The cite box's strings, all made by citation-js: GB/T 7714-2015, APA 7, Chicago 18
 * (notes and bibliography) and MLA 9 from the pinned CSL styles in ./csl/, BibTeX
 * (biblatex flavour) and RIS from citation-js's output plugins. Nothing here assembles a
 * citation by hand; the only edit to citeproc's output is dropping GB/T's "[1]" label.
 *
 * Build time only (Node): the styles are read with node:fs through csl-fs.ts, once per
 * process, and citation-js keeps one citeproc engine per style and locale. During a build,
 * citeproc runs in a worker thread and its output is kept across builds (citeproc-service.ts):
 * a rebuild with unchanged citations builds no engine.
 *
 * Paragraphs. `text`/`html` is always the full bibliography entry; for a paragraph its URL
 * ends in `#<id>`, so the entry leads to the paragraph. For APA, Chicago and MLA,
 * `citation` is citeproc's own citation with the paragraph number as CSL locator
 * (label `paragraph`): "(…, 2024, para. 1.10)" (APA), "(…, par. 1.10)" (MLA), and for
 * Chicago notes-bibliography the full footnote "…, para. 1.10, https://…#p12.". GB/T 7714
 * has no paragraph locator (its numeric citation is a bare "[1]"), so there the URL alone
 * points at the paragraph; BibTeX and RIS carry the paragraph in their note.
 *
 * Chicago is notes-bibliography, not author-date: both format a report with a URL the
 * same way apart from where the year goes, but the note form carries the paragraph and
 * the URL in one self-contained citation, which is what someone quoting one paragraph in
 * an article needs; the author-date in-text form would be "(Xiaodian District People's
 * Government, Taiyuan 2024, para. 1.10)" with the URL only in the reference list.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { citeprocService, type CiteprocOutput } from './citeproc-service.ts';
import { hashParts } from '../hash-parts.ts';
import { CSL_LOCALE_FILES, CSL_STYLE_FILES, readCslLocale, readCslStyle, type CslLocaleId, type CslStyleId } from './csl-fs.ts';
import { citedUrl, cslItem, cslLocale, exportItem, type CitationTarget } from './report-item.ts';

export type CitationFormat = 'gbt7714' | 'apa' | 'chicago' | 'mla' | 'bibtex' | 'ris' | 'url';

export interface FormattedCitation {
  /** Plain text (Unicode, curly quotes as the style wants): the bibliography entry, or the export record. */
  text: string;
  /** citeproc's HTML of the same entry (CSL styles only); the URL is a link. */
  html?: string;
  /** APA, Chicago, MLA: citeproc's in-text citation (Chicago: footnote), with the paragraph locator when a paragraph is cited. */
  citation?: { text: string; html: string };
}

export type FormattedCitations = Record<CitationFormat, FormattedCitation>;

/** Our names in citation-js's global style registry, so the built-in (older) "apa" stays what it is. */
const styleName = (style: CslStyleId) => `baogao-${style}`;

/** The styles' and locales' text, as registered: part of every cache key (citeprocInputKey). */
let registered: { styles: Record<CslStyleId, string>; locales: Record<CslLocaleId, string>; versions: string } | undefined;

/** The versions of the packages that turn a CSL item into text, read from their package.json (resolved from the project root, as csl-fs.ts finds the styles). */
function citeprocVersions(): string {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return ['citeproc', '@citation-js/core', '@citation-js/plugin-csl']
    .map((name) => {
      const { version } = require(`${name}/package.json`) as { version: string };
      return `${name}@${version}`;
    })
    .join(' ');
}

/** Reads the styles and locales once per process and registers them with citation-js. */
function registerCsl(): NonNullable<typeof registered> {
  if (registered) return registered;
  const csl = plugins.config.get('@csl');
  const styles = {} as Record<CslStyleId, string>;
  const locales = {} as Record<CslLocaleId, string>;
  for (const style of Object.keys(CSL_STYLE_FILES) as CslStyleId[]) {
    styles[style] = readCslStyle(style);
    csl.styles.add(styleName(style), styles[style]);
  }
  // Replaces citation-js's bundled en-US with the pinned one, for every user of citation-js in this process.
  for (const locale of Object.keys(CSL_LOCALE_FILES) as CslLocaleId[]) {
    locales[locale] = readCslLocale(locale);
    csl.locales.add(locale, locales[locale]);
  }
  registered = { styles, locales, versions: citeprocVersions() };
  return registered;
}

/** Thrown away by GB/T: the numeric label "[1]" means nothing outside a numbered list. */
const GBT_LABEL_TEXT = /^\[1\] ?/;
const GBT_LABEL_HTML = /<div class="csl-left-margin">\[1\]<\/div>/;

function stripGbtLabel(output: string, pattern: RegExp): string {
  if (!pattern.test(output)) throw new Error(`GB/T 7714 output no longer starts with its "[1]" label: ${output}`);
  return output.replace(pattern, '');
}

/** What citeproc is asked for one target and style: the CSL item, the style and locale, and (but for GB/T, whose numeric citation says nothing) the citation's entry with its locator. */
function citeprocRequest(target: CitationTarget, style: CslStyleId) {
  const item = cslItem(target, style);
  const options = { template: styleName(style), lang: cslLocale(target.lang) };
  const entry =
    style === 'gbt7714'
      ? undefined
      : [{ id: item.id, ...(target.paragraph ? { locator: target.paragraph.number, label: 'paragraph' } : {}) }];
  return { item, options, entry };
}

/** A hash of everything citeproc's output for this target and style depends on (citeproc-service.ts): package versions, style, locale, request. */
export function citeprocInputKey(target: CitationTarget, style: CslStyleId): string {
  const csl = registerCsl();
  const request = citeprocRequest(target, style);
  return hashParts([csl.versions, csl.styles[style], csl.locales[request.options.lang], JSON.stringify(request)]);
}

/** citeproc's bibliography entry and citation for one target and style, in this thread. */
export function runCiteprocHere(target: CitationTarget, style: CslStyleId): CiteprocOutput {
  registerCsl();
  const { item, options, entry } = citeprocRequest(target, style);
  const cite = new Cite(item);
  return {
    text: cite.format('bibliography', { ...options, format: 'text' }).trim(),
    html: cite.format('bibliography', { ...options, format: 'html', hyperlinks: true }).trim(),
    ...(entry
      ? {
          citation: {
            text: cite.format('citation', { ...options, format: 'text', entry }).trim(),
            html: cite.format('citation', { ...options, format: 'html', entry }).trim(),
          },
        }
      : {}),
  };
}

/** From the build's citeproc service when one is installed (cache and worker thread), else here. */
function runCiteproc(target: CitationTarget, style: CslStyleId): CiteprocOutput {
  return citeprocService()?.run(target, style) ?? runCiteprocHere(target, style);
}

function formatCsl(target: CitationTarget, style: CslStyleId): FormattedCitation {
  const { text, html, citation } = runCiteproc(target, style);
  if (style === 'gbt7714') {
    return { text: stripGbtLabel(text, GBT_LABEL_TEXT), html: stripGbtLabel(html, GBT_LABEL_HTML) };
  }
  return { text, html, ...(citation ? { citation } : {}) };
}

/**
 * RIS from citation-js's own record (`format: 'object'`: its tag mapping), written one
 * tag per line as the plugin writes it, minus the plugin's hard wrap at 70 characters:
 * that wrap puts a bare newline inside values ("para. 1.1\n0", long URLs), which
 * importers such as Zotero join back with a space.
 */
function risText(record: Record<string, string | string[]>): string {
  const { TY, ...tags } = record;
  const lines = Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${v}`));
  return [`TY  - ${String(TY)}`, ...lines, 'ER  - '].join('\n');
}

export function formatExports(target: CitationTarget): Pick<FormattedCitations, 'bibtex' | 'ris'> {
  const bibtexConfig = plugins.config.get('@bibtex');
  const asciiOnly = bibtexConfig.format.asciiOnly;
  // citation-js drops every character it cannot write as a LaTeX command (all of 政府工作报告)
  // unless asciiOnly is off; biber and modern BibTeX read UTF-8. Restored for other callers.
  bibtexConfig.format.asciiOnly = false;
  let bibtex: string;
  try {
    bibtex = new Cite(exportItem(target, 'bibtex')).format('biblatex', { format: 'text' }).trim();
  } finally {
    bibtexConfig.format.asciiOnly = asciiOnly;
  }
  const records = new Cite(exportItem(target, 'ris')).format('ris', { format: 'object' });
  if (records.length !== 1 || records[0] === undefined) throw new Error(`expected one RIS record, got ${records.length}`);
  return { bibtex: { text: bibtex }, ris: { text: risText(records[0]) } };
}

/** The CSL-based formats (citeproc: the costly part) for one report or one paragraph of it. */
export function formatCslStyles(target: CitationTarget): Pick<FormattedCitations, CslStyleId> {
  return {
    gbt7714: formatCsl(target, 'gbt7714'),
    apa: formatCsl(target, 'apa'),
    chicago: formatCsl(target, 'chicago'),
    mla: formatCsl(target, 'mla'),
  };
}

/** Every format for one report or one paragraph of it, in the reader's language. */
export function formatCitations(target: CitationTarget): FormattedCitations {
  return { ...formatCslStyles(target), ...formatExports(target), url: { text: citedUrl(target) } };
}
