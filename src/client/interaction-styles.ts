/**
 * The styles of what the on-demand code opens (notes, paragraph menus: src/styles/on-interaction.css), adopted by
 * the document when that code loads, before anything it opens is shown. A constructed stylesheet, not a <style>
 * element: the Content Security Policy allows only the page's own inline styles, by hash.
 */
import css from '../styles/on-interaction.css?inline';

const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
