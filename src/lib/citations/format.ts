/**
 * The cite box's strings, all made by citation-js: GB/T 7714-2015, APA 7, Chicago 18
 * (notes and bibliography) and MLA 9 from the pinned CSL styles in ./csl/, BibTeX
 * (biblatex flavour) and RIS from citation-js's output plugins. Nothing here assembles a
 * citation by hand; the only edit to citeproc's output is dropping GB/T's "[1]" label.
 *
 * Build time only (Node): the styles are read with node:fs through csl-fs.ts, once per
 * process, and citation-js keeps one citeproc engine per style and locale.
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

let registered = false;

/** Reads the styles and locales once per process and registers them with citation-js. */
function registerCsl(): void {
  if (registered) return;
  const csl = plugins.config.get('@csl');
  for (const style of Object.keys(CSL_STYLE_FILES) as CslStyleId[]) csl.styles.add(styleName(style), readCslStyle(style));
  // Replaces citation-js's bundled en-US with the pinned one, for every user of citation-js in this process.
  for (const locale of Object.keys(CSL_LOCALE_FILES) as CslLocaleId[]) csl.locales.add(locale, readCslLocale(locale));
  registered = true;
}

/** Thrown away by GB/T: the numeric label "[1]" means nothing outside a numbered list. */
const GBT_LABEL_TEXT = /^\[1\] ?/;
const GBT_LABEL_HTML = /<div class="csl-left-margin">\[1\]<\/div>/;

function stripGbtLabel(output: string, pattern: RegExp): string {
  if (!pattern.test(output)) throw new Error(`GB/T 7714 output no longer starts with its "[1]" label: ${output}`);
  return output.replace(pattern, '');
}

function formatCsl(target: CitationTarget, style: CslStyleId): FormattedCitation {
  const item = cslItem(target, style);
  const cite = new Cite(item);
  const options = { template: styleName(style), lang: cslLocale(target.lang) };
  const text = cite.format('bibliography', { ...options, format: 'text' }).trim();
  const html = cite.format('bibliography', { ...options, format: 'html', hyperlinks: true }).trim();
  if (style === 'gbt7714') {
    return { text: stripGbtLabel(text, GBT_LABEL_TEXT), html: stripGbtLabel(html, GBT_LABEL_HTML) };
  }
  const entry = [{ id: item.id, ...(target.paragraph ? { locator: target.paragraph.number, label: 'paragraph' } : {}) }];
  const citation = {
    text: cite.format('citation', { ...options, format: 'text', entry }).trim(),
    html: cite.format('citation', { ...options, format: 'html', entry }).trim(),
  };
  return { text, html, citation };
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
  registerCsl();
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
