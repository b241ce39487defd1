/**
 * What the page's elements do once the reader acts, loaded on demand so that it is not JavaScript before
 * interaction: the glossary note (glossary-note.ts), the paragraph menu (block-menu.ts) and the loading of a
 * paragraph's other language (other-language-text.ts). One module, so one extra request for all three, made
 * the first time any of them is needed or, earlier, at the reader's first interaction with the page (a
 * scroll, pointer, touch or key: interactionCode below), so that it is there, and kept by the service worker
 * for offline rereading, by the time a note or a menu is opened.
 *
 * The elements (site.ts) stay defined up front: they set their ARIA state and listeners at once, as before.
 * The styles of the notes and menus come with this code (interaction-styles.ts), not in every page.
 */
import './interaction-styles.ts';
export { NoteController } from './glossary-note.ts';
export { MenuController } from './block-menu.ts';
export { showOtherLanguage } from './other-language-text.ts';
