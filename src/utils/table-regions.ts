/**
 * A table in a block (a statistics table such as 主要指标) is wider than a phone:
 * each one goes in a scroll container of its own, so the page never scrolls
 * sideways. The container can take the keyboard focus (so it can be scrolled
 * without a mouse) and is a labelled region, so a screen reader says what the
 * focus landed on. The HTML is a block's rendered, sanitised Markdown, whose
 * tables carry no attributes (src/markdown/sanitize-schema.ts).
 */
import { escapeHtml } from '../lib/escape-html.ts';

export function wrapTables(html: string, label: string): string {
  const count = html.split('<table>').length - 1;
  if (count === 0) return html;
  let index = 0;
  return html
    .replaceAll('<table>', () => {
      index++;
      // Two tables in one block get distinct labels: a region's name must be unique on the page.
      const name = count > 1 ? `${label} (${index})` : label;
      return `<section class="table-scroll" tabindex="0" aria-label="${escapeHtml(name)}"><table>`;
    })
    .replaceAll('</table>', '</table></section>');
}
