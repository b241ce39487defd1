/**
 * What HTML the site lets through from Markdown: explicit allow-lists for
 * rehype-sanitize (hast-util-sanitize), one for report content and one for the
 * site's own Markdown pages.
 *
 * Report text (a block of `zh.mdx`, an `en.json` translation, a glossary term's
 * definition) comes from outside: official web pages, PDFs and Word files, and
 * hand edits. Ingest already keeps only the report's own markup, but a hand
 * edit never passes through ingest, so rendering checks again, and everything
 * not named here is removed: elements not listed are unwrapped (their text
 * stays, so a stray `<div onclick>` or `<font>` loses only its tag), elements in
 * `strip` go with their content (script, style, embedded documents), every
 * attribute not listed is dropped (so every `on*` handler, `style`, `id`,
 * `srcdoc` …), and a link keeps only an href of our own form.
 *
 * The sanitizer runs after raw HTML is parsed (rehype-raw) and BEFORE
 * rehype-katex, so it sees remark-math's placeholders (`<code
 * class="language-math math-inline">`) rather than KaTeX's MathML: KaTeX's
 * output is generated from the TeX by KaTeX itself (with `trust: false`, so no
 * `\href`, `\url`, `\htmlClass` …) and needs no allow-list of MathML elements.
 * Raw `<math>` written into a block is stripped.
 */
import type { Schema } from 'hast-util-sanitize';

/** Elements removed with everything inside them: their content is code or an embedded document, never report text. */
const STRIP = [
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'noembed',
  'applet',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'textarea',
  'select',
  'title',
  'xmp',
  'plaintext',
];

/** Glossary keys as ingest makes them (src/lib/glossary-key.ts): lowercase pinyin and digits joined by hyphens. */
const GLOSSARY_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The only link report text may carry: a glossary reference made by remark-glossary-refs (`#g-hui-shang-bao`). */
const GLOSSARY_HREF = /^#g-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** colspan/rowspan of a table cell: a small positive number. */
const SPAN = /^[1-9]\d{0,2}$/;

const TABLE_CELL: NonNullable<Schema['attributes']>[string] = [
  // GFM pipe tables write a column's alignment as align="left|center|right" (mdast-util-to-hast).
  ['align', 'left', 'center', 'right'],
  // Merged cells of a statistics table (主要指标) written as an HTML table.
  ['colSpan', SPAN],
  ['rowSpan', SPAN],
];

/**
 * Report content: blocks, translations, glossary definitions (render-block.ts).
 *
 * - `p`, `br`: paragraphs of a multi-paragraph block; hard line breaks.
 * - `strong`, `em`, `b`, `i`: the source's bold lead sentences and emphasis (Markdown or HTML spelling).
 * - `sup`, `sub`: units and formulas (m², PM₂.₅) and, before remark-glossary-refs turns it into a note
 *   reference, the glossary marker `<sup>[1]</sup>`.
 * - `a.gloss-ref[href="#g-…"][data-gloss]`, `span.gloss-term`, `sup.gloss-n`: the note reference that
 *   remark-glossary-refs makes of a marker; the client script (src/client/glossary-notes.ts) reads
 *   `data-gloss` and the classes. Links are allowed only to a glossary entry: the report's text has no
 *   other links, so a URL written as a link (or autolinked by GFM) stays plain text.
 * - `table`, `thead`, `tbody`, `tr`, `th`, `td` with `align`, `colspan`, `rowspan`: the report's
 *   statistics tables (GFM pipe tables, or HTML tables for merged cells); cells only inside a table.
 * - `code.language-math.math-inline`, `pre > code.language-math.math-display`: remark-math's
 *   placeholders for `$…$` and `$$…$$`, which rehype-katex (after the sanitizer) turns into MathML.
 */
export const reportSanitizeSchema: Schema = {
  tagNames: ['p', 'br', 'strong', 'em', 'b', 'i', 'sup', 'sub', 'a', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'pre'],
  attributes: {
    a: [
      ['href', GLOSSARY_HREF],
      ['className', 'gloss-ref'],
      ['dataGloss', GLOSSARY_KEY],
    ],
    span: [['className', 'gloss-term']],
    sup: [['className', 'gloss-n']],
    th: TABLE_CELL,
    td: TABLE_CELL,
    code: [['className', 'language-math', 'math-inline', 'math-display']],
  },
  // Table parts outside a table would break out of the block's layout.
  ancestors: { thead: ['table'], tbody: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
  // The href pattern above admits only fragments, so no URL scheme (javascript:, data: …) can pass;
  // an empty protocol list would mean "any scheme" to hast-util-sanitize, hence none is given.
  protocols: {},
  // Nothing forced onto elements (the default schema adds attributes to <input>).
  required: {},
  // No id or name is allowed, so none needs a prefix: our own ids (#p12, #g-hui-shang-bao) are set by
  // the page around the block, never inside it, and stay unprefixed.
  clobber: [],
  clobberPrefix: '',
  strip: STRIP,
  allowComments: false,
  allowDoctypes: false,
};

/**
 * The site's own Markdown pages (content/pages/<lang>/*.mdx: the about pages), written in this repository:
 * the report schema plus the prose structure those pages use.
 *
 * - `h1`–`h6`: the page's headings (Astro adds their ids after the sanitizer runs).
 * - `ul`, `ol`, `li`, `blockquote`, `hr`: lists, quotations and rules of a prose page.
 * - `a[href]`: ordinary links, to pages of the site (relative or root paths, fragments) or by
 *   http, https or mailto; any other scheme (javascript:, data:, vbscript: …) drops the href.
 * - plain `code`, `pre`: code in a page.
 */
export const pageSanitizeSchema: Schema = {
  ...reportSanitizeSchema,
  tagNames: [...(reportSanitizeSchema.tagNames ?? []), 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'hr'],
  attributes: {
    ...reportSanitizeSchema.attributes,
    a: ['href'],
    ol: [['start', /^\d{1,4}$/]],
  },
  ancestors: { ...reportSanitizeSchema.ancestors, li: ['ul', 'ol'] },
  protocols: { href: ['http', 'https', 'mailto'] },
};
