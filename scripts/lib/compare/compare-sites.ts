/**
 * What a reader sees of a built site, page by page, for comparing two builds:
 * the set of files (asset file names with content hashes normalised), and for
 * each HTML page its title, visible text, ids and link targets.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

const parser = unified().use(rehypeParse);
/** Content hashes in asset names (_astro/index.BzX1q2.css, pagefind fragments) differ between builds. */
const HASHED = /^(_astro\/|pagefind\/)/;

function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(root, path));
    }
  };
  walk(root);
  return files.sort();
}

interface PageView {
  title: string;
  text: string;
  ids: string[];
  links: string[];
}

function readPage(path: string): PageView {
  const tree = parser.parse(readFileSync(path, 'utf8'));
  const ids: string[] = [];
  const links: string[] = [];
  let title = '';
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'title') title = toText(child);
      if (typeof child.properties['id'] === 'string') ids.push(child.properties['id']);
      const href = child.properties['href'];
      if (child.tagName === 'a' && typeof href === 'string') links.push(href.replace(/\/_astro\/[^"]+/, '/_astro/…'));
      if (child.tagName === 'script' || child.tagName === 'style' || child.tagName === 'template') continue;
      visit(child);
    }
  };
  visit(tree);
  const body = (tree.children.find((c): c is Element => c.type === 'element' && c.tagName === 'html')?.children ?? []).find(
    (c): c is Element => c.type === 'element' && c.tagName === 'body',
  );
  const text = body ? toText(withoutScripts(body)).replace(/\s+/g, ' ').trim() : '';
  return { title, text, ids, links };
}

function withoutScripts(element: Element): Element {
  return {
    ...element,
    children: element.children
      .filter((child) => !(child.type === 'element' && ['script', 'style', 'template'].includes(child.tagName)))
      .map((child) => (child.type === 'element' ? withoutScripts(child) : child)),
  };
}

function firstDifference(a: string, b: string): string {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return `…${a.slice(Math.max(0, at - 30), at + 40)}… ≠ …${b.slice(Math.max(0, at - 30), at + 40)}…`;
}

export function compareSites(before: string, after: string): string[] {
  const differences: string[] = [];
  const beforeFiles = listFiles(before).filter((file) => !HASHED.test(file));
  const afterFiles = listFiles(after).filter((file) => !HASHED.test(file));
  const afterSet = new Set(afterFiles);
  const beforeSet = new Set(beforeFiles);
  for (const file of beforeFiles) if (!afterSet.has(file)) differences.push(`only before: ${file}`);
  for (const file of afterFiles) if (!beforeSet.has(file)) differences.push(`only after: ${file}`);
  for (const file of beforeFiles.filter((f) => f.endsWith('.html') && afterSet.has(f))) {
    const a = readPage(join(before, file));
    const b = readPage(join(after, file));
    if (a.title !== b.title) differences.push(`${file}: title “${a.title}” ≠ “${b.title}”`);
    if (a.text !== b.text) differences.push(`${file}: visible text differs: ${firstDifference(a.text, b.text)}`);
    if (a.ids.join(' ') !== b.ids.join(' ')) differences.push(`${file}: ids differ: ${firstDifference(a.ids.join(' '), b.ids.join(' '))}`);
    if (a.links.join(' ') !== b.links.join(' '))
      differences.push(`${file}: links differ: ${firstDifference(a.links.join(' '), b.links.join(' '))}`);
  }
  for (const file of beforeFiles.filter((f) => /\.(xml|json|txt)$/.test(f) && afterSet.has(f) && !f.startsWith('pagefind'))) {
    if (readFileSync(join(before, file), 'utf8') !== readFileSync(join(after, file), 'utf8')) differences.push(`${file}: content differs`);
  }
  return differences;
}
