/**
 * Turns the source's glossary markers into note references tied to the term
 * printed before them. Given the block's glossary (`file.data.glossaryTargets`,
 * set by render-block.ts before the run, since it differs from block to block):
 *
 *     全面落实“惠商保”<sup>[1]</sup>，惠及……
 *
 * becomes
 *
 *     全面落实<a class="gloss-ref" href="#g-hui-shang-bao" data-gloss="hui-shang-bao">
 *       <span class="gloss-term">“惠商保”</span><sup class="gloss-n">1</sup></a>，惠及……
 *
 * and `file.data.glossaryRefs` lists the references made, in reading order
 * (`{ key: 'hui-shang-bao', n: 1, term: '“惠商保”' }`).
 *
 * Without JavaScript the link goes to the entry in the glossary section; the
 * client script turns it into a note that opens in place. A `<sup>` that is not
 * a `[n]` marker (m², PM₂.₅ use sup/sub) is left alone.
 */
import type { Html, Parent, PhrasingContent, Root, Text } from 'mdast';
import { EXIT, SKIP, visit } from 'unist-util-visit';
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

/** One note reference the plugin made. */
export interface GlossaryRef {
  /** Key of the entry it links to. */
  key: string;
  /** The marker's number; undefined for an inferred reference, which has none. */
  n: number | undefined;
  /** The text the reference is tied to ('' when no term stood before the marker). */
  term: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Input: the block's glossary targets by marker number (`'1'`), or `inferred-<n>` for an inferred use. */
    glossaryTargets: Record<string, GlossaryRefTarget>;
    /** Output: the references made, in reading order. */
    glossaryRefs: GlossaryRef[];
  }
}

const OPEN = '<sup>';
const CLOSE = '</sup>';

export function remarkGlossaryRefs() {
  return (tree: Root, file: VFile) => {
    const glossary = file.data.glossaryTargets ?? {};
    const refs: GlossaryRef[] = [];
    visit(tree, (node) => {
      if ('children' in node) refs.push(...rewriteMarkers(node, glossary));
    });
    for (const target of Object.values(glossary))
      if (target.inferred && target.anchor && linkFirstOccurrence(tree, target))
        refs.push({ key: target.key, n: undefined, term: target.anchor });
    file.data.glossaryRefs = refs;
  };
}

/** Wrap the first occurrence of the target's anchor text (outside links) in a reference without a number. */
function linkFirstOccurrence(tree: Root, target: GlossaryRefTarget): boolean {
  let linked = false;
  visit(tree, (node, index, parent) => {
    if (node.type === 'link') return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return undefined;
    const at = node.value.indexOf(target.anchor);
    if (at === -1) return undefined;
    const before: Text = { type: 'text', value: node.value.slice(0, at) };
    const after: Text = { type: 'text', value: node.value.slice(at + target.anchor.length) };
    const ref = glossaryRefNode(target.key, '', [{ type: 'text', value: target.anchor }]);
    (parent.children as PhrasingContent[]).splice(
      index,
      1,
      ...[before, ref, after].filter((child) => child.type !== 'text' || child.value !== ''),
    );
    linked = true;
    return EXIT;
  });
  return linked;
}

/** Replace each `<sup>[n]</sup>` among the parent's children that has a target by a reference; the references made. */
function rewriteMarkers(parent: Parent, glossary: Record<string, GlossaryRefTarget>): GlossaryRef[] {
  const refs: GlossaryRef[] = [];
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
    children.splice(start, index + 3 - start, glossaryRefNode(target.key, marker[1], termChildren));
    refs.push({ key: target.key, n: Number(marker[1]), term: anchor });
    index = start;
  }
  return refs;
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
