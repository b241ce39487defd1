/**
 * Fixtures for tests and the benchmark: a report printed to PDF in the official layout of GB/T 9704
 * (A4, margins 37/26/35/28 mm, 16 pt text of about 28 characters a line and 22
 * lines a page, two-character first-line indents, headings in 黑体 and 楷体,
 * page numbers "— 1 —" in the footer), by Debian's Chromium. The faces are
 * those Debian ships: AR PL UMing (a Song face) for the body, WenQuanYi Zen Hei
 * for 黑体, AR PL UKai for 楷体, Noto Sans CJK Bold for bold leads.
 *
 * The text comes in as our own block Markdown (bold, <sup>, <sub>), rendered by
 * Astro's Markdown processor: no fixture text is copied from elsewhere.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { launchChromium } from '../../../../src/integrations/shared/chromium.ts';

export interface OfficialBlock {
  /** `html`: markup of our own, as is (a rotated or two-column page for the refusal tests). */
  kind: 'heading' | 'paragraph' | 'html';
  /** Heading depth: 2 = 一、 (黑体), 3 = （一） (楷体). */
  depth?: number | undefined;
  markdown: string;
}

export interface OfficialDocument {
  title: string;
  /** Lines under the title (the dateline may take two). */
  dateline: string[];
  byline: string;
  blocks: OfficialBlock[];
  /** Notes printed at the foot of the first page, smaller, numbered 1, 2 … */
  footnotes?: string[];
}

export interface PrintOptions {
  /** A running header at the top of every page but the first. */
  runningHeader?: string;
  /** How page numbers are printed in the footer. */
  pageNumbers?: 'dash' | 'page-of' | 'none';
  /** Faces: Debian's TrueType faces (named CID fonts) or Noto CJK only (Chromium writes them as named Type 3 fonts). */
  faces?: 'arphic' | 'noto';
  /** More CSS after the official layout's: other layouts (no indents, ragged right, hanging lists, columns…). */
  css?: string;
}

const FACES = {
  arphic: { body: '"AR PL UMing CN"', hei: '"WenQuanYi Zen Hei"', kai: '"AR PL UKai CN"', bold: '"Noto Sans CJK SC"' },
  noto: {
    body: '"Noto Serif CJK SC", "Noto Sans CJK SC"',
    hei: '"Noto Sans CJK SC"',
    kai: '"Noto Serif CJK SC"',
    bold: '"Noto Sans CJK SC"',
  },
};

async function inlineHtml(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor({ remarkPlugins: [remarkCjkFriendly], syntaxHighlight: false, smartypants: false });
  const html = (await processor.render(markdown)).code.trim();
  return html.replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export async function officialHtml(document: OfficialDocument, options: PrintOptions = {}): Promise<string> {
  const faces = FACES[options.faces ?? 'arphic'];
  const body: string[] = [];
  body.push(`<h1>${escapeText(document.title)}</h1>`);
  for (const line of document.dateline) body.push(`<p class="dateline">${escapeText(line)}</p>`);
  body.push(`<p class="byline">${escapeText(document.byline)}</p>`);
  for (const block of document.blocks) {
    const html = block.kind === 'html' ? '' : await inlineHtml(block.markdown);
    if (block.kind === 'html') body.push(block.markdown);
    else if (block.kind === 'heading') body.push(`<h${block.depth ?? 2}>${html}</h${block.depth ?? 2}>`);
    else if (html.startsWith('<table')) body.push(html);
    else body.push(`<p>${html}</p>`);
  }
  const notes = (document.footnotes ?? []).map((note, index) => `<p class="note">${index + 1}. ${escapeText(note)}</p>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
html { font: 16pt/28.9pt ${faces.body}; color: #000; }
body { margin: 0; }
h1 { font: 22pt/40pt ${faces.hei}; text-align: center; margin: 0 0 14pt; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.dateline, p.byline { text-align: center; text-indent: 0; font-family: ${faces.kai}; }
p.byline { margin-bottom: 14pt; }
h2, h3 { font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; line-height: 28.9pt; }
h2 { font-family: ${faces.hei}; }
h3 { font-family: ${faces.kai}; }
strong { font-family: ${faces.bold}; font-weight: bold; }
sup, sub { font-size: 10pt; line-height: 0; }
table { border-collapse: collapse; margin: 6pt auto; font-size: 14pt; line-height: 22pt; }
td, th { border: 0.5pt solid #000; padding: 2pt 18pt; font-weight: normal; }
.notes { position: absolute; left: 0; right: 0; top: 205mm; border-top: 0.5pt solid #000; padding-top: 4pt; }
.note { font-size: 12pt; line-height: 18pt; text-indent: 0; }
${options.css ?? ''}
</style></head><body>${body.join('\n')}${notes ? `<div class="notes">${notes}</div>` : ''}</body></html>`;
}

export async function printOfficialPdf(document: OfficialDocument, options: PrintOptions = {}): Promise<Uint8Array> {
  const html = await officialHtml(document, options);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => globalThis.document.fonts.ready);
    const numbers = options.pageNumbers ?? 'dash';
    const footer =
      numbers === 'none'
        ? '<span></span>'
        : `<div style="width:100%;text-align:center;font:14pt 'AR PL UMing CN';margin-bottom:8mm">${numbers === 'dash' ? '— <span class="pageNumber"></span> —' : '第<span class="pageNumber"></span>页 共<span class="totalPages"></span>页'}</div>`;
    // A running header on every page but the first: hidden on page 1 by a rule on the page number.
    const header = options.runningHeader
      ? `<div style="width:100%;text-align:center;font:12pt 'AR PL UMing CN';margin-top:12mm"><span class="pageNumber" style="display:none"></span>${escapeText(options.runningHeader)}</div>`
      : '<span></span>';
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: header,
      footerTemplate: footer,
      printBackground: false,
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
