/**
 * Untrusted content at build: the fixture report jinyang-hexi/2025 is hand-edited
 * content with script, handlers, embedded documents and javascript: links in its
 * zh.mdx, en.json and glossary.json (e2e/fixtures/hand-edited/). The built pages
 * — every view in both languages, cite pages, share pages, glossary pages, and
 * every other page of the fixture site — carry no script but our own, no on*
 * attribute and no javascript: URL, and keep the text around the poison. Its
 * statistics table (block p3, a GFM pipe table) is a real table in every view,
 * on a phone, in print and in the PDFs (which `npm run pdf` made for the fixture site).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { HtmlValidate, type ConfigData } from 'html-validate';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { FIXTURES_BASE } from './global-setup.ts';
import { axeViolations, describe, expect, siteDir, test } from './test-utils.ts';

const REPORT = 'jinyang-hexi/2025/';
const VIEWS = ['', 'parallel/', 'interleaved/'];
const LANGS = ['', 'en/'];
/** Every view of the poisoned report in both languages, its cite and share pages, and its glossary term's pages. */
const POISONED_PAGES = [
  ...LANGS.flatMap((lang) => VIEWS.map((view) => `${lang}${REPORT}${view}`)),
  ...LANGS.flatMap((lang) => ['p2', 'p3', 'p4', 'p5', 'p6'].flatMap((id) => [`${lang}${REPORT}cite/${id}/`, `${lang}${REPORT}${id}/`])),
  'glossary/hui-min-ka/',
  'en/glossary/hui-min-ka/',
];
/** Text that stands next to the poison in the source, by language of the page. */
const SURROUNDING_TEXT = {
  zh: ['毒前文', '链接文字', '点击文字', '毒后文', '整块文字，原为 div。', '合并单元格', '文字照常'],
  en: [
    'Poisoned text begins',
    'link text',
    'clicked text',
    'poisoned text ends',
    'A whole block that was a div.',
    'Merged cell',
    'the text goes on',
  ],
};
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formAction',
  'poster',
  'srcSet',
  'cite',
  'data',
  'xLinkHref',
  'background',
  'ping',
]);
/** Elements that no report text may bring into a page (our own pages use none of them but the search form and the targets charts). */
const FOREIGN_ELEMENTS = new Set([
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'style',
  'img',
  'form',
  'input',
  'textarea',
  'base',
  'applet',
]);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

function parse(file: string): Root {
  return unified().use(rehypeParse).parse(readFileSync(file, 'utf8'));
}

/** Every element with its ancestors' tag names. */
function walk(node: Root | Element, visitor: (element: Element, ancestors: string[]) => void, ancestors: string[] = []): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visitor(child, ancestors);
    walk(child, visitor, [...ancestors, child.tagName]);
  }
}

const isExecutable = (script: Element) => !/json/.test(script.properties['type'] ?? '');

/**
 * Our own inline scripts: those of the real site's pages, since its content has none of the poison,
 * and those of the redirect pages the fixture's renamed region leaves (they show no report text;
 * the real site has no renamed region).
 */
function ownInlineScripts(): Set<string> {
  const bodies = new Set<string>();
  const renamed = Object.keys(
    (JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/anchors.json'), 'utf8')) as { regionRenames?: object }).regionRenames ??
      {},
  );
  const redirectPages = renamed.flatMap((slug) => ['', 'en/'].flatMap((lang) => htmlFiles(join(siteDir(), lang, slug))));
  expect(redirectPages.length).toBeGreaterThan(0);
  for (const file of [...htmlFiles(siteDir('real')), ...redirectPages])
    visit(parse(file), 'element', (node) => {
      if (node.tagName === 'script' && isExecutable(node) && !node.properties['src']) bodies.add(toText(node));
    });
  return bodies;
}

/**
 * Our own inline stylesheets (astro.config.mjs inlines every page's CSS): the <style> elements of the page's <head>
 * whose SHA-256 its Content Security Policy lists (Astro hashes the styles it writes; text from a report never gets a hash).
 */
function ownInlineStyles(tree: Root): Set<Element> {
  const own = new Set<Element>();
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'head') return;
    const csp = node.children.find(
      (child): child is Element =>
        child.type === 'element' && child.tagName === 'meta' && [child.properties['httpEquiv']].flat().includes('content-security-policy'),
    );
    const content = csp?.properties['content'];
    const styleSrc = /style-src ([^;]+)/.exec(typeof content === 'string' ? content : '')?.[1]?.split(' ') ?? [];
    for (const child of node.children) {
      if (child.type !== 'element' || child.tagName !== 'style') continue;
      // The stylesheet as written (hast-util-to-text reads a <style> as no text, as a browser renders it).
      const css = child.children.map((text) => (text.type === 'text' ? text.value : '')).join('');
      const hash = createHash('sha256').update(css).digest('base64');
      if (styleSrc.includes(`'sha256-${hash}'`)) own.add(child);
    }
  });
  return own;
}

/** Problems of one built page: foreign scripts, handlers, javascript: URLs, embedded documents. */
function problemsIn(file: string, ownScripts: Set<string>): string[] {
  const problems: string[] = [];
  const where = relative(siteDir(), file);
  const tree = parse(file);
  const ownStyles = ownInlineStyles(tree);
  visit(tree, 'element', (node) => {
    const tag = node.tagName;
    if (tag === 'script' && isExecutable(node)) {
      const src = node.properties['src'];
      const ours =
        node.properties['type'] === 'module' &&
        (src === undefined ? ownScripts.has(toText(node)) : new RegExp(`^${FIXTURES_BASE}_astro/[\\w.-]+\\.js$`).test(src));
      if (!ours) problems.push(`${where}: a script that is not ours: <script${src ? ` src="${src}"` : ''}>${toText(node).slice(0, 60)}`);
    }
    // Our own forms are the search boxes; our own SVG is the build-time chart of a targets page (report text loses every class).
    const ownForm = (tag === 'form' && node.properties['role'] === 'search') || (tag === 'input' && node.properties['type'] === 'search');
    const ownChart =
      tag === 'svg' && /(?:^|\/)targets\/index\.html$/.test(where) && String(node.properties['className']) === 'targets-chart-svg';
    if (FOREIGN_ELEMENTS.has(tag) && !ownForm && !ownStyles.has(node) && !ownChart) problems.push(`${where}: <${tag}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) problems.push(`${where}: <${tag} ${name}>`);
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (URL_ATTRIBUTES.has(name) && /^\s*(javascript|vbscript|data):/i.test(text)) problems.push(`${where}: <${tag} ${name}="${text}">`);
    }
    if (
      tag === 'meta' &&
      /refresh/i.test(String(node.properties['httpEquiv'] ?? '')) &&
      /javascript:/i.test(String(node.properties['content']))
    )
      problems.push(`${where}: meta refresh to javascript:`);
  });
  return problems;
}

describe('a poisoned report (hand-edited zh.mdx, en.json, glossary.json) at build', () => {
  test('no page of the fixture site has a script other than ours, an on* attribute, a javascript: URL or an embedded document', () => {
    const own = ownInlineScripts();
    expect(own.size).toBeGreaterThan(0);
    const files = htmlFiles(siteDir());
    // The poisoned report's pages are among them.
    for (const page of POISONED_PAGES) expect(files).toContain(join(siteDir(), page, 'index.html'));
    expect(files.flatMap((file) => problemsIn(file, own))).toEqual([]);
  });

  test('every page of the poisoned report keeps the text around the poison', () => {
    for (const page of POISONED_PAGES) {
      const file = join(siteDir(), page, 'index.html');
      const tree = parse(file);
      let main: Element | undefined;
      visit(tree, 'element', (node) => {
        // Report and glossary pages have <main>; a share page only its <blockquote>.
        if (!main && (node.tagName === 'main' || node.tagName === 'blockquote')) main = node;
      });
      const text = main ? toText(main) : '';
      const english = page.startsWith('en/');
      const expected = page.includes('glossary/')
        ? [
            english ? 'A public service card for every resident of the district' : '面向全区居民的公共服务卡',
            english ? 'government service hall' : '释义链接',
          ]
        : /\/p\d\/$/.test(page) || page.includes('/cite/')
          ? []
          : SURROUNDING_TEXT[english && !page.includes('/parallel/') && !page.includes('/interleaved/') ? 'en' : 'zh'];
      for (const snippet of expected) expect(text, `${page}: ${snippet}`).toContain(snippet);
      // A script's or style's content goes with it: it does not become text of a block or a glossary entry.
      // (p6's formula keeps its TeX, \href{javascript:…}, as text in the MathML annotation: text, not a link.)
      visit(tree, 'element', (node) => {
        const id = node.properties['id'] ?? '';
        if (['s1', 'p2', 'p4', 'p5', 'g-hui-min-ka'].includes(id))
          expect(toText(node), `${page}#${id}`).not.toMatch(/alert\(|display: none/);
      });
    }
    // The share and cite pages of p2 quote it, in the page's language.
    const quote = (page: string) => toText(parse(join(siteDir(), page, 'index.html')));
    expect(quote(`${REPORT}p2/`)).toContain('毒前文甲乙丙链接文字丁戊点击文字己推行“惠民卡”1，PM2.5 浓度下降 3%，毒后文。');
    expect(quote(`en/${REPORT}p2/`)).toContain('poisoned text ends');
    expect(quote(`${REPORT}cite/p2/`)).toContain('毒前文甲乙丙链接文字丁戊点击文字己推行');
  });

  test('in the browser nothing runs, and a glossary note made from a poisoned definition is clean', async ({ open }) => {
    for (const page of [REPORT, `en/${REPORT}`, `en/${REPORT}parallel/`, `${REPORT}cite/p2/`, 'glossary/hui-min-ka/']) {
      const dialogs: string[] = [];
      const tab = await open(`/${page}`, {
        before: (blank) =>
          blank.on('dialog', (dialog) => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
          }),
      });
      if (page.startsWith(REPORT) || page.startsWith(`en/${REPORT}`)) {
        if (!page.includes('cite')) {
          await tab.locator('#p2 a.gloss-ref').first().click();
          const note = tab.getByRole('dialog');
          await expect.poll(() => note.isVisible()).toBe(true);
          await expect(note.textContent()).resolves.toMatch(/释义链接|government service hall/);
          await expect(note.locator('script, img, a:not([href])').count()).resolves.toBe(0);
        }
        // The poisoned paragraph, hovered and clicked, does nothing.
        await tab.locator('#p2, .cite-quote').first().hover();
      }
      const found = await tab.evaluate(() => {
        const bad: string[] = [];
        for (const element of document.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            if (/^on/i.test(attribute.name)) bad.push(`${element.tagName} ${attribute.name}`);
            if (/^\s*javascript:/i.test(attribute.value) && /href|src|action/i.test(attribute.name))
              bad.push(`${element.tagName} ${attribute.name}`);
          }
        }
        return bad;
      });
      expect(found, page).toEqual([]);
      expect(dialogs, page).toEqual([]);
    }
  });
});

describe('a statistics table (GFM pipe table, block p3)', () => {
  const ROWS = 4;

  test('is a real table in every view, in both languages, and on its cite and share pages', async ({ open }) => {
    const pages = [...LANGS.flatMap((lang) => VIEWS.map((view) => `${lang}${REPORT}${view}`))];
    for (const page of pages) {
      const tab = await open(`/${page}`);
      const bilingual = page.includes('parallel') || page.includes('interleaved');
      // Read views carry the table in the page's language only (the other loads on request).
      const tables = tab.locator('#p3 section.table-scroll > table');
      await expect(tables.count(), page).resolves.toBe(bilingual ? 2 : 1);
      for (const index of bilingual ? [0, 1] : [0]) {
        const table = tables.nth(index);
        await expect(table.locator('thead th').count(), page).resolves.toBe(6);
        await expect(table.locator('tbody tr').count(), page).resolves.toBe(ROWS);
      }
      const visible = tab.locator('#p3 section.table-scroll:visible > table');
      await expect(visible.count(), page).resolves.toBe(bilingual ? 2 : 1);
      const first = await visible.first().locator('tbody tr').first().locator('td').allTextContents();
      expect(first, page).toEqual(
        page.startsWith('en/') && !bilingual
          ? ['GDP (billion yuan)', '28.56', '29.75', '31.24', '5.0%', '5.5%']
          : ['地区生产总值（亿元）', '285.6', '297.5', '312.4', '5.0%', '5.5%'],
      );
      // Figures are right-aligned (GFM's --:), as a class: no obsolete align attribute.
      await expect(
        visible
          .first()
          .locator('td')
          .nth(1)
          .evaluate((cell) => getComputedStyle(cell).textAlign),
      ).resolves.toBe('right');
      await expect(tab.locator('#p3 [align]').count()).resolves.toBe(0);
      // Bold and sup inside cells survive.
      await expect(visible.first().locator('td strong').count()).resolves.toBe(1);
      await expect(visible.first().locator('td sup').textContent()).resolves.toBe('2');
    }
    // Cite and share pages (a share page redirects a browser at once: read its built HTML).
    for (const page of [`${REPORT}cite/p3/`, `en/${REPORT}cite/p3/`, `${REPORT}p3/`, `en/${REPORT}p3/`]) {
      const rows: Element[] = [];
      let inParagraph = 0;
      walk(parse(join(siteDir(), page, 'index.html')), (node, ancestors) => {
        if (node.tagName === 'tr' && ancestors.includes('blockquote') && ancestors.includes('tbody')) rows.push(node);
        // Not inside a <p>, which cannot hold a table.
        if (node.tagName === 'table' && ancestors.includes('p')) inParagraph++;
      });
      expect(rows.length, page).toBe(ROWS);
      expect(inParagraph, page).toBe(0);
    }
  });

  test('on a phone it scrolls sideways in its own labelled, focusable region; the page does not', async ({ open }) => {
    for (const page of [REPORT, `en/${REPORT}`, `${REPORT}parallel/`]) {
      const tab = await open(`/${page}`, {
        viewport: { width: 320, height: 640 },
        isMobile: true,
        hasTouch: true,
      });
      const region = tab.locator('#p3 section.table-scroll:visible').first();
      await expect(region.getAttribute('tabindex')).resolves.toBe('0');
      await expect(region.getAttribute('aria-label')).resolves.toMatch(
        page.startsWith('en/') ? /^Table in paragraph 1\.2$/ : /^第 1\.2 段的表格$/,
      );
      const sizes = await region.evaluate((element) => ({
        region: element.scrollWidth > element.clientWidth,
        page: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        style: getComputedStyle(element).overflowX,
      }));
      expect(sizes, page).toEqual({ region: true, page: true, style: 'auto' });
      // Reachable by keyboard, with a visible focus.
      await region.focus();
      await expect(
        region.evaluate((element) => element === document.activeElement && getComputedStyle(element).outlineStyle !== 'none'),
      ).resolves.toBe(true);
      expect(await axeViolations(tab), page).toEqual([]);
    }
  });

  test('prints whole, and the PDF editions carry its rows in reading order', async ({ open }) => {
    // A4 less print.css's margins is about 657 CSS pixels wide: both columns of the side-by-side view must hold their table.
    const tab = await open(`/${REPORT}parallel/`, { viewport: { width: 657, height: 900 } });
    await tab.emulateMedia({ media: 'print' });
    const printed = await tab.locator('#p3 section.table-scroll').evaluateAll((regions) =>
      regions.map((region) => {
        const table = region.querySelector('table') as HTMLTableElement;
        const column = region.parentElement as HTMLElement;
        return {
          overflow: getComputedStyle(region).overflowX,
          display: getComputedStyle(table).display,
          inColumn: table.getBoundingClientRect().right <= column.getBoundingClientRect().right + 1,
        };
      }),
    );
    expect(printed).toEqual([
      { overflow: 'visible', display: 'table', inColumn: true },
      { overflow: 'visible', display: 'table', inColumn: true },
    ]);
    for (const [edition, row] of [
      ['zh', /地区生产总值（亿元）\s+285\.6\s+297\.5\s+312\.4\s+5\.0%\s+5\.5%/],
      ['en', /GDP \(billion yuan\)\s+28\.56\s+29\.75\s+31\.24\s+5\.0%\s+5\.5%/],
      // Side by side, a row shares its line with the English column: the Chinese figures stay in order.
      ['bilingual', /285\.6\s+297\.5\s+312\.4\s+5\.0%\s+5\.5%/],
    ] as const) {
      const pdf = join(siteDir(), 'pdf', `jinyang-hexi-2025-${edition}.pdf`);
      const result = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout, edition).toMatch(row);
      // The poisoned blocks' and definitions' scripts print nothing (the English title's markup is printed as text).
      expect(result.stdout, edition).not.toMatch(/alert\('(p|s|gloss)/);
    }
  });

  test('the pages with the table and the poisoned blocks are valid HTML (html-validate)', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(import.meta.dirname, '../.htmlvalidate.json'), 'utf8')) as ConfigData);
    const problems: string[] = [];
    for (const page of [REPORT, `en/${REPORT}parallel/`, `${REPORT}interleaved/`, `${REPORT}cite/p3/`, `en/${REPORT}cite/p2/`]) {
      const file = join(siteDir(), page, 'index.html');
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results)
        for (const message of result.messages) problems.push(`${page}:${message.line}: ${message.ruleId}: ${message.message}`);
    }
    expect(problems).toEqual([]);
  });
});
