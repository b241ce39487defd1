/**
 * Turns the source's glossary markers into note references tied to the term
 * printed before them. Given the block's glossary (`file.data.astro.frontmatter.glossary`):
 *
 *     全面落实“惠商保”<sup>[1]</sup>，惠及……
 *
 * becomes
 *
 *     全面落实<a class="gloss-ref" href="#g-hui-shang-bao" data-gloss="hui-shang-bao">
 *       <span class="gloss-term">“惠商保”</span><sup class="gloss-n">1</sup></a>，惠及……
 *
 * Without JavaScript the link goes to the entry in the glossary section; the
 * client script turns it into a note that opens in place. A `<sup>` that is not
 * a `[n]` marker (m², PM₂.₅ use sup/sub) is left alone.
 */
import type { Html, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { glossaryEntryAnchor } from '../schemas/ids.ts';

export interface GlossaryRefTarget {
  /** Stable key of the term; the link goes to `#g-<key>`. */
  key: string;
  /** The text before the marker that names the term ('' for none). */
  anchor: string;
  /**
   * The source printed no marker (web copies lose them): ingest tied the entry
   * to the first occurrence of its term, so that occurrence becomes the
   * reference, without a note number the source never had.
   */
  inferred?: boolean;
}

/** Per-render options, passed as frontmatter by render-block.ts. */
export interface GlossaryRefFrontmatter {
  glossary?: Record<string, GlossaryRefTarget>;
}

const OPEN = '<sup>';
const CLOSE = '</sup>';

export function remarkGlossaryRefs() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: GlossaryRefFrontmatter } }).astro?.frontmatter;
    const glossary = frontmatter?.glossary ?? {};
    visitParents(tree, (parent) => rewriteMarkers(parent, glossary));
    for (const target of Object.values(glossary)) if (target.inferred && target.anchor) linkFirstOccurrence(tree, target);
  };
}

/** Wrap the first occurrence of the target's anchor text (outside links) in a reference without a number. */
function linkFirstOccurrence(tree: Root, target: GlossaryRefTarget): void {
  const search = (parent: Parent): boolean => {
    const children = parent.children as PhrasingContent[];
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      if (!child || child.type === 'link') continue;
      if (child.type === 'text') {
        const at = child.value.indexOf(target.anchor);
        if (at === -1) continue;
        const before: Text = { type: 'text', value: child.value.slice(0, at) };
        const after: Text = { type: 'text', value: child.value.slice(at + target.anchor.length) };
        const ref = glossaryRefNode(target.key, '', [{ type: 'text', value: target.anchor }]);
        children.splice(index, 1, ...[before, ref, after].filter((node) => node.type !== 'text' || node.value !== ''));
        return true;
      }
      if ('children' in child && search(child as Parent)) return true;
    }
    return false;
  };
  search(tree);
}

function visitParents(node: Root | Parent, visit: (parent: Parent) => void): void {
  visit(node);
  for (const child of node.children) if ('children' in child) visitParents(child as Parent, visit);
}

function rewriteMarkers(parent: Parent, glossary: Record<string, GlossaryRefTarget>): void {
  const children = parent.children as PhrasingContent[];
  for (let index = 0; index + 2 < children.length; index++) {
    const [open, number, close] = [children[index], children[index + 1], children[index + 2]];
    if (!isHtml(open, OPEN) || !isHtml(close, CLOSE) || number?.type !== 'text') continue;
    const marker = /^\[(\d+)\]$/.exec(number.value);
    const target = marker?.[1] ? glossary[marker[1]] : undefined;
    if (!marker?.[1] || !target) continue;
    const before = children[index - 1];
    const termChildren: PhrasingContent[] = [];
    let start = index;
    const anchor = before?.type === 'text' ? anchorBefore(before.value, target.anchor) : '';
    if (anchor && before?.type === 'text') {
      before.value = before.value.slice(0, -anchor.length);
      termChildren.push({ type: 'text', value: anchor });
      if (before.value === '') start = index - 1;
    }
    const ref = glossaryRefNode(target.key, marker[1], termChildren);
    const removeFrom = start === index ? index : index - 1;
    children.splice(removeFrom, index + 3 - removeFrom, ref);
    index = removeFrom;
  }
}

/** The given anchor if the text ends with it; else a quoted phrase ending the text (“…” or "…"). */
function anchorBefore(text: string, anchor: string): string {
  if (anchor && text.endsWith(anchor)) return anchor;
  return /(?:“[^“”]{1,40}”|"[^"]{1,60}")$/.exec(text)?.[0] ?? '';
}

function isHtml(node: PhrasingContent | undefined, value: string): node is Html {
  return node?.type === 'html' && node.value === value;
}

function glossaryRefNode(key: string, n: string, termChildren: PhrasingContent[]): PhrasingContent {
  const term: PhrasingContent[] = termChildren.length
    ? [{ type: 'emphasis', children: termChildren, data: { hName: 'span', hProperties: { className: ['gloss-term'] } } }]
    : [];
  const number: Text = { type: 'text', value: n };
  const marker: PhrasingContent[] = n
    ? [{ type: 'emphasis', children: [number], data: { hName: 'sup', hProperties: { className: ['gloss-n'] } } }]
    : [];
  return {
    type: 'link',
    url: `#${glossaryEntryAnchor(key)}`,
    children: [...term, ...marker],
    data: { hProperties: { className: ['gloss-ref'], dataGloss: key } },
  };
}
