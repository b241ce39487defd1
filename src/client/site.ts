/**
 * The site's one script: every page loads this one file (Base.astro), so a page
 * costs one JavaScript request, not one per component and shared module. It
 * defines the custom elements of this folder, each of which acts only where its
 * component rendered it (an element a page lacks costs a few hundred bytes and
 * nothing else), and the two site-wide modules. What only some pages need, and
 * is large, loads on those pages alone: the search page (with Pagefind) and the
 * highlighting of search terms on a page opened from a result (?hl=).
 *
 * A new element goes here, not into a <script> of its component: a second script
 * entry would split the modules the two share into further files (requests).
 */
import './search-shortcut.ts';
import './offline.ts';
import './theme-switch.ts';
import './copy-button.ts';
import './report-list.ts';
import './view-switch.ts';
import './toc-spy.ts';
import './block-actions.ts';
import './glossary-notes.ts';
import './other-language.ts';

if (document.querySelector('baogao-search')) void import('./search-page.ts');
if (new URLSearchParams(location.search).has('hl')) void import('./highlight.ts');
