/**
 * Any supported file → source lines of one kind: detect the kind from the
 * extension and the first bytes, decode, and read the lines; markup the
 * report does not own is removed here, each removal listed (and a warning
 * when it could run script).
 */
import type { Diagnostics } from '../diagnostics.ts';
import { decodeSource } from '../read-source.ts';
import type { Repair } from '../repairs.ts';
import { SOURCE_KIND_LABELS, type SourceKind, type SourceLine } from '../source-line.ts';
import { detectKind } from './detect-kind.ts';
import { removeInvisibleCharacters } from './invisible-characters.ts';
import { escapeLineStart, escapeLiteralText, type MarkupFinding } from './inline-markup.ts';
import { readDocxLines } from './read-docx-lines.ts';
import { readHtmlLines } from './read-html-lines.ts';
import { readPdfLines } from './read-pdf-lines.ts';
import { readTextLines } from './read-text-lines.ts';

export interface ReadSource {
  kind: SourceKind;
  /** What the ingest report says about the kind and why it was chosen. */
  kindLabel: string;
  encoding: string;
  sha256: string;
  lines: SourceLine[];
  /** Markup removed while reading. */
  repairs: Repair[];
}

/** Characters beyond which a line with many sentences is a whole report run together. */
const ONE_LINE_REPORT = 2000;
/** Fewer Han characters than this in a page's main text: it holds no report. */
const MIN_REPORT_CHARACTERS = 400;

export async function readSourceLines(fileName: string, bytes: Uint8Array, diagnostics: Diagnostics): Promise<ReadSource | undefined> {
  const detected = detectKind(fileName, bytes);
  if ('error' in detected) {
    diagnostics.error(0, detected.error);
    return undefined;
  }
  if (detected.kind === 'docx') return readDocx(bytes, diagnostics);
  if (detected.kind === 'pdf') return readPdf(bytes, diagnostics);
  const decoded = await decodeSource(bytes, diagnostics, { html: detected.kind === 'html' });
  if (!decoded) return undefined;
  const invisible = removeInvisibleCharacters(decoded.text);
  decoded.text = invisible.text;
  for (const removal of invisible.removed) diagnostics.warning(removal.line, `invisible characters removed: ${removal.what}`);
  // A paragraph of a report runs to a few hundred characters; a line holding dozens of
  // sentences is a copy that lost its line breaks, and cannot be split back reliably.
  const runOn = decoded.text.split('\n').findIndex((line) => {
    const sentences = (line.match(/[。！？]/g) ?? []).length;
    const titleBlockAndBody = /政府工作[报報]告/.test(line) && /各位代表/.test(line) && sentences >= 10;
    return titleBlockAndBody || ([...line].length > ONE_LINE_REPORT && sentences >= 25);
  });
  if (detected.kind !== 'html' && runOn !== -1) {
    diagnostics.error(
      runOn + 1,
      'this single line holds a whole report: the copy lost its line breaks (no paragraph breaks); copy the page again, or save it as .html',
    );
    return undefined;
  }
  let lines: SourceLine[];
  let findings: MarkupFinding[];
  let kind: SourceKind;
  let why = detected.why;
  const outsideRepairs: Repair[] = [];
  if (detected.kind === 'html') {
    const read = readHtmlLines(decoded.text);
    if ('error' in read) {
      diagnostics.error(read.line, `this HTML page holds no report: ${read.error}`);
      return undefined;
    }
    const han = (read.articleText.match(/[\u3400-\u9fff]/g) ?? []).length;
    const pdfLink = /[^\s"'<>=/]+\.pdf\b/i.exec(decoded.text);
    if (han < MIN_REPORT_CHARACTERS && pdfLink) {
      diagnostics.error(
        decoded.text.slice(0, pdfLink.index).split('\n').length,
        `this HTML page holds no report text, only a link to a PDF (${pdfLink[0].replaceAll('&amp;', '&')}): download that file and ingest it`,
      );
      return undefined;
    }
    if (han < MIN_REPORT_CHARACTERS) {
      diagnostics.error(
        read.articleLine,
        `this HTML page holds no report: its main text has only ${han} Chinese characters (an index page or a news item?)`,
      );
      return undefined;
    }
    ({ lines, findings } = read);
    kind = 'html';
    const pages = paginatedPages(decoded.text, read.notRead.map((block) => block.text).join('\n'));
    if (pages > 1)
      diagnostics.warning(
        0,
        `the page shows one page of a report split over ${pages} pages (a pager 第1页 第2页…): only this page was read; save the single-page or 全文 view, or every page`,
      );
    const unread = read.notRead.filter((block) => !block.prose && block.line > read.articleLine);
    const unreadHan = unread.reduce((total, block) => total + (block.text.match(/[\u3400-\u9fff]/g) ?? []).length, 0);
    if (unreadHan >= 150 && unread.length >= 8)
      diagnostics.warning(
        unread[0]?.line ?? 0,
        `${unread.length} short blocks of text after the article (${unreadHan} Chinese characters) were not read; check ingest-report.md that none of them is the report's (a table, an appendix)`,
      );
    for (const block of read.readOutside)
      outsideRepairs.push({
        kind: 'outside-article',
        line: block.line,
        detail: `read from outside the article element: “${block.text.slice(0, 40)}”`,
      });
    for (const block of read.notRead) {
      outsideRepairs.push({
        kind: 'outside-article',
        line: block.line,
        detail: `not read (page outside the article): “${block.text.slice(0, 40)}”`,
      });
      if (block.prose)
        diagnostics.warning(
          block.line,
          `page text outside the article was not read; if it belongs to the report, save the page so that it is inside: “${block.text.slice(0, 30)}…”`,
        );
    }
  } else {
    const frontMatter = frontMatterLines(decoded.text);
    if (frontMatter > 0) {
      outsideRepairs.push({
        kind: 'furniture-removed',
        line: 1,
        detail: `front matter of a notes app or web clipper (lines 1–${frontMatter})`,
      });
      decoded.text = decoded.text
        .split('\n')
        .map((line, index) => (index < frontMatter ? '' : line))
        .join('\n');
    }
    ({ lines, findings } = readTextLines(decoded.text));
    const chosen = chooseTextKind(lines);
    kind = chosen.kind;
    why = `${why} and ${chosen.why}`;
    // A .txt copy is literal text; a .md file is Markdown (its ** and # are markup).
    if (/\.txt$/i.test(fileName) && kind === 'web-text')
      lines = lines.map((line) => ({ ...line, markdown: escapeLineStart(escapeLiteralText(line.markdown)) }));
  }
  const repairs: Repair[] = [
    ...invisible.removed.map((removal): Repair => ({
      kind: 'markup-removed',
      line: removal.line,
      detail: `invisible characters removed: ${removal.what}`,
    })),
    ...outsideRepairs,
  ];
  repairs.push(...listMarkupFindings(findings, diagnostics));
  return {
    kind,
    kindLabel: `${SOURCE_KIND_LABELS[kind]}; chosen by ${why}`,
    encoding: decoded.encoding,
    sha256: decoded.sha256,
    lines,
    repairs,
  };
}

async function readDocx(bytes: Uint8Array, diagnostics: Diagnostics): Promise<ReadSource | undefined> {
  const { createHash } = await import('node:crypto');
  const read = await readDocxLines(bytes);
  if ('error' in read) {
    diagnostics.error(read.line, read.error);
    return undefined;
  }
  const repairs: Repair[] = [];
  repairs.push(...listMarkupFindings(read.findings, diagnostics));
  return {
    kind: 'docx',
    kindLabel: `${SOURCE_KIND_LABELS.docx}; chosen by the extension .docx`,
    encoding: 'Office Open XML (.docx)',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    lines: read.lines,
    repairs,
  };
}

async function readPdf(bytes: Uint8Array, diagnostics: Diagnostics): Promise<ReadSource | undefined> {
  const { createHash } = await import('node:crypto');
  const read = await readPdfLines(bytes);
  if ('error' in read) {
    diagnostics.error(read.line, read.error);
    return undefined;
  }
  for (const warning of read.warnings) diagnostics.warning(warning.line, warning.message);
  return {
    kind: 'pdf',
    kindLabel: `${SOURCE_KIND_LABELS.pdf}; chosen by its PDF signature; ${read.pages} pages${read.producer ? `, made by ${read.producer}` : ''}`,
    encoding: 'PDF text layer',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    lines: read.lines,
    repairs: read.repairs,
  };
}

/** How many pages a paginated article says it has (第1页 第2页 … 尾页, or createPageHTML(3, …)); 1 when not paginated. */
function paginatedPages(html: string, outsideText: string): number {
  // TRS pagers: createPageHTML(3, 0, …) or var countPage = 3 … createPageHTML(countPage, …).
  const script = /createPageHTML\(\s*(\d+)/.exec(html) ?? (/createPageHTML\(/.test(html) ? /countPage\s*=\s*(\d+)/.exec(html) : null);
  if (script?.[1]) return Number(script[1]);
  const listed = [...outsideText.matchAll(/第\s*(\d+)\s*页/g)].map((match) => Number(match[1]));
  const total = /共\s*(\d+)\s*页/.exec(outsideText);
  if (total?.[1]) return Number(total[1]);
  return listed.length >= 2 && /下一页|尾页|末页/.test(outsideText) ? Math.max(...listed) : 1;
}

/** Each markup removal as a repair for the ingest report; removals that could run script are warnings too. */
function listMarkupFindings(findings: readonly MarkupFinding[], diagnostics: Diagnostics): Repair[] {
  return findings.map((finding) => {
    const outcome =
      finding.action === 'removed'
        ? 'removed with its content'
        : finding.action === 'attribute-removed'
          ? 'removed'
          : 'unwrapped, text kept';
    const detail = `${finding.what} ${outcome}`;
    if (finding.action !== 'unwrapped') diagnostics.warning(finding.line, `markup that is not the report's own was removed: ${detail}`);
    return { kind: 'markup-removed', line: finding.line, detail };
  });
}

/**
 * YAML front matter that web clippers and notes apps put on top of a saved page
 * (--- / title: … / source: … / ---): the number of lines it takes, or 0.
 */
function frontMatterLines(text: string): number {
  const lines = text.split('\n', 60);
  if (lines[0]?.trim() !== '---') return 0;
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end === -1) return 0;
  const body = lines.slice(1, end).filter((line) => line.trim() !== '');
  const keyed = body.filter((line) => /^[A-Za-z_][\w-]*:(\s|$)|^\s+-\s/.test(line)).length;
  return keyed >= body.length * 0.8 ? end + 1 : 0;
}

/**
 * A PDF extract marks headings with # or keeps bold and <sup> markers, and wraps
 * paragraphs over several lines; a web copy has one paragraph per line and no
 * markup.
 */
function chooseTextKind(lines: SourceLine[]): { kind: SourceKind; why: string } {
  // One # line on top is a web clipper's headline; a converter marks the outline's headings.
  if (lines.filter((line) => line.hashes > 0).length >= 2) return { kind: 'pdf-markdown', why: 'its # headings' };
  // In a wrapped extract most long lines end mid-sentence and run on into the next
  // line; in a web copy (one paragraph per line) most long lines end a sentence.
  const longFollowed = lines.filter((line, index) => [...line.markdown].length >= 20 && lines[index + 1] && !lines[index + 1]?.blankBefore);
  const wrapped = longFollowed.filter((line) => !/[。！？；：”’）)!?]$/.test(line.markdown)).length;
  if (longFollowed.length >= 4 && wrapped > longFollowed.length / 2)
    return { kind: 'pdf-markdown', why: `its wrapped lines (${wrapped} of ${longFollowed.length} long lines run on into the next)` };
  // A copy from a PDF viewer: every visual line its own block, most ending mid-sentence.
  const long = lines.filter((line) => [...line.markdown].length >= 20 && !line.table);
  const midSentence = long.filter((line) => !/[。！？；：”’）)!?]$/.test(line.markdown)).length;
  if (long.length >= 8 && midSentence > long.length / 2)
    return { kind: 'pdf-markdown', why: `its lines cut mid-sentence (${midSentence} of ${long.length} long lines end mid-sentence)` };
  return { kind: 'web-text', why: 'its one-paragraph-per-line layout without headings marked' };
}
