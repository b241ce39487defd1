/**
 * rehype-sanitize with one allow-list (sanitize-schema.ts), plus two things it
 * does not do on its own:
 *
 * - A link whose href was refused (`<a href="javascript:…">`) loses its `<a>`
 *   too: its text stays, as plain text, instead of a dead link.
 * - MDX nodes pass through untouched. In an `.mdx` page (content/pages, written
 *   in this repository) an import, an expression or a component is code, not
 *   content; hast-util-sanitize knows nothing of those node types and would
 *   silently delete them. The Markdown around and inside them is sanitised.
 *   Report content never contains MDX nodes: it is rendered by the plain
 *   Markdown processor (render-block.ts), whose raw HTML is parsed into
 *   ordinary elements before this plugin runs.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Schema } from 'hast-util-sanitize';
import rehypeSanitize from 'rehype-sanitize';

/** The node types MDX adds to a hast tree (as @mdx-js/mdx's `nodeTypes`). */
export const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;

const MDX_TYPES = new Set<string>(MDX_NODE_TYPES);
/** Stands in for an MDX node while the tree is sanitised; never in the output. */
const PLACEHOLDER = 'baogao-mdx-node';

type AnyNode = Root | RootContent;
type WithChildren = { children: RootContent[] };

function hasChildren(node: AnyNode): node is AnyNode & WithChildren {
  return 'children' in node && Array.isArray(node.children);
}

export function rehypeSanitizeMarkdown(schema: Schema) {
  const sanitizeTree = rehypeSanitize(schema);
  const withPlaceholder: Schema = {
    ...schema,
    tagNames: [...(schema.tagNames ?? []), PLACEHOLDER],
    attributes: { ...schema.attributes, [PLACEHOLDER]: [['dataIndex', /^\d+$/]] },
  };
  const sanitizeMdxTree = rehypeSanitize(withPlaceholder);
  return (tree: Root): Root => {
    const kept: RootContent[] = [];
    setAsideMdx(tree, kept);
    const clean = kept.length > 0 ? sanitizeMdxTree(tree) : sanitizeTree(tree);
    restore(clean, kept);
    return clean;
  };
}

/** Replace each MDX node by a placeholder element, keeping the node (its children sanitised later). */
function setAsideMdx(node: AnyNode, kept: RootContent[]): void {
  if (!hasChildren(node)) return;
  node.children = node.children.map((child) => {
    setAsideMdx(child, kept);
    if (!MDX_TYPES.has(child.type)) return child;
    const index = kept.push(child) - 1;
    // The Markdown inside a component (its children) is sanitised like the rest.
    const placeholder: Element = {
      type: 'element',
      tagName: PLACEHOLDER,
      properties: { dataIndex: String(index) },
      children: hasChildren(child) ? (child.children as ElementContent[]) : [],
    };
    return placeholder;
  });
}

/** Put the MDX nodes back in place of their placeholders; unwrap links left without an href. */
function restore(node: AnyNode, kept: readonly RootContent[]): void {
  if (!hasChildren(node)) return;
  node.children = node.children.flatMap((child): RootContent[] => {
    restore(child, kept);
    if (child.type !== 'element') return [child];
    if (child.tagName === PLACEHOLDER) {
      // A placeholder that is not ours (written into the source) has no node to restore: it goes, with its content.
      const original = kept[Number(child.properties['dataIndex'])];
      if (!original) return [];
      if (hasChildren(original)) original.children = child.children;
      return [original];
    }
    if (child.tagName === 'a' && child.properties['href'] === undefined) return child.children;
    return [child];
  });
}
