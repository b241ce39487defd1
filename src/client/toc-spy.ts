/**
 * <baogao-toc-spy>: marks the entry of its table of contents whose section is
 * being read (aria-current). The current section is the last heading above a
 * line 30% down the viewport.
 */
import { defineElement } from './define-element.ts';

class TocSpy extends HTMLElement {
  #controller: AbortController | undefined;

  connectedCallback(): void {
    const links = new Map<string, HTMLAnchorElement>();
    for (const link of this.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')) links.set(decodeURIComponent(link.hash.slice(1)), link);
    // The sections are elsewhere on the page; the links are this element's own.
    const targets = [...links.keys()].map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    if (targets.length === 0) return;

    const update = () => {
      const line = Math.max(window.innerHeight * 0.3, 100);
      let currentId: string | undefined;
      for (const target of targets) {
        if (target.getBoundingClientRect().top <= line) currentId = target.id;
        else break;
      }
      for (const [id, link] of links) {
        if (id === currentId) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    };
    let scheduled = false;
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        update();
      });
    };
    this.#controller = new AbortController();
    window.addEventListener('scroll', schedule, { passive: true, signal: this.#controller.signal });
    window.addEventListener('resize', schedule, { signal: this.#controller.signal });
    update();
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
  }
}

defineElement('baogao-toc-spy', TocSpy);
