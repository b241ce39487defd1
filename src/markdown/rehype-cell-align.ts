/**
 * A GFM pipe table writes each column's alignment (`| --: |`) as the `align`
 * attribute of its cells, which HTML has made obsolete (html-validate flags it)
 * and which a strict style policy could not replace by an inline style. After the
 * sanitizer has checked the value (left, center or right), it becomes a class:
 * `<td class="align-right">`, styled in report.css.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const ALIGNMENTS = new Set(['left', 'center', 'right']);

export function rehypeCellAlign() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'td' && node.tagName !== 'th') return;
      const align = node.properties['align'];
      delete node.properties['align'];
      if (typeof align === 'string' && ALIGNMENTS.has(align)) node.properties['className'] = [`align-${align}`];
    });
  };
}
