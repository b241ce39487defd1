/**
 * <baogao-block-actions>: paragraph actions for the blocks inside it, opened from
 * the margin number (which without JavaScript is simply the paragraph's
 * permalink): copy the permanent link, copy the share link whose preview shows
 * the paragraph, open the cite page, and copy a text-fragment link to the
 * sentence the reader selected. A small menu that closes on Esc, outside clicks
 * and after an action; focus returns to the number.
 *
 * The element carries the labels (data-labels) and the cite, share and changes
 * page addresses as templates with {{id}} (data-cite-url, data-share-url,
 * data-changes-url). A block whose English has been revised since it was
 * published (data-revisions) also gets a link to its entry on the changes page.
 *
 * This element makes each number a menu button at once; the menus themselves
 * (block-menu.ts) are loaded on demand (interaction-code.ts) at the first press.
 * If they cannot be loaded (offline, never loaded before), the press does what
 * the link does: the address points at the paragraph, which is scrolled to.
 */
import { ensureLiveRegion } from './announce.ts';
import type { MenuController } from './block-menu.ts';
import { defineElement } from './define-element.ts';
import { interactionCode } from './interaction-code.ts';
import { readLabels, type Label } from './labels.ts';

class BlockActions extends HTMLElement {
  #controller: AbortController | undefined;
  #label: Label = (key) => key;
  #menus: Promise<MenuController> | undefined;

  connectedCallback(): void {
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    this.#label = readLabels(this);
    ensureLiveRegion();
    for (const trigger of this.querySelectorAll<HTMLAnchorElement>('[data-block] > a.pnum')) {
      const block = trigger.parentElement;
      if (!block) continue;
      trigger.setAttribute('aria-haspopup', 'true');
      trigger.setAttribute('aria-expanded', 'false');
      trigger.addEventListener(
        'click',
        (event) => {
          event.preventDefault();
          // Keep the address bar pointing at the paragraph, as the plain link would.
          history.replaceState(null, '', `#${block.id}`);
          this.#menusController(signal).then(
            (menus) => {
              menus.toggle(trigger, block);
            },
            () => {
              block.scrollIntoView();
            },
          );
        },
        { signal },
      );
    }
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
    void this.#menus?.then((menus) => {
      menus.close(false);
    });
    this.#menus = undefined;
  }

  /** The controller, made once (with this connection's signal); a failed load may be tried again. */
  #menusController(signal: AbortSignal): Promise<MenuController> {
    this.#menus ??= interactionCode().then(
      (code) => new code.MenuController(this, this.#label, signal),
      (error: unknown) => {
        this.#menus = undefined;
        throw error;
      },
    );
    return this.#menus;
  }
}

defineElement('baogao-block-actions', BlockActions);
