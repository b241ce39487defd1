/**
 * The one shape every input format is read into before the genre reader sees it:
 * a list of lines of report text with inline markup in our Markdown dialect
 * (`**bold**`, `<sup>`, `<sub>`), each remembering the source line it came from,
 * whether the source separated it from the line before (a blank line, a new
 * HTML block), and the heading level the source gave it, if any.
 */
export interface SourceLine {
  /** 1-based line in the source file. */
  line: number;
  /** The text with inline markup, outer whitespace removed; heading hashes removed. */
  markdown: string;
  /** ATX heading level (`#` count) or HTML `<h1>`–`<h6>` level the source gave; 0 if none. */
  hashes: number;
  /** True when a blank line or a block boundary comes before this line. */
  blankBefore: boolean;
  /** True when the line starts indented (two spaces or a full-width space): a paragraph's first line in a wrapped extract. */
  indented?: boolean;
  /** A footnote or endnote of a Word document: the note's number; such lines are glossary entries. */
  note?: number;
  /** True when a page number stood right before this line: a page break is known to fall here. */
  pageBreakBefore?: boolean;
  /** True when `markdown` is a GFM pipe table (several rows joined by `\n`). */
  table?: boolean;
}

/** How the text was laid out, which decides how lines become paragraphs. */
export type SourceKind = 'pdf-markdown' | 'web-text' | 'html' | 'docx' | 'pdf';

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  'pdf-markdown': 'Markdown extracted from a PDF (blank lines separate paragraphs or mark page breaks; lines inside a paragraph are wraps)',
  'web-text': 'plain text copied from a web page (one paragraph per line)',
  html: 'an HTML page (one paragraph per block element)',
  pdf: 'a PDF\'s text layer, read with pdfjs-dist (paragraphs from the layout: indents, short last lines, page breaks; "line" 3012 in messages is page 3, line 12)',
  docx: 'a Word document (.docx, read with mammoth; "lines" in messages are the document\'s paragraph numbers; footnotes and endnotes are read as glossary entries)',
};
