/**
 * Theme choice: stored per browser, applied as data-theme on <html>. "system"
 * leaves it to prefers-color-scheme.
 *
 * Applying the stored theme is page-level and runs when this module loads, not
 * when an element connects: it concerns <html>, whichever controls the page has.
 * Modules are deferred; the stylesheet defaults to the system scheme, so a stored
 * choice that equals the system one causes no flash, and only an explicit
 * override repaints once.
 *
 * <baogao-theme-switch> wires the control inside it. Without JavaScript the
 * control stays invisible (data-pending on its label) because it could not work.
 */
import { defineElement } from './define-element.ts';

const STORAGE_KEY = 'baogao-theme';
type Theme = 'system' | 'light' | 'dark';

function readTheme(): Theme {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
}

applyTheme(readTheme());

class ThemeSwitch extends HTMLElement {
  #controller: AbortController | undefined;

  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    this.#controller = new AbortController();
    select.value = readTheme();
    select.addEventListener(
      'change',
      () => {
        const theme = select.value as Theme;
        if (theme === 'system') localStorage.removeItem(STORAGE_KEY);
        else localStorage.setItem(STORAGE_KEY, theme);
        applyTheme(theme);
      },
      { signal: this.#controller.signal },
    );
    this.querySelector('[data-pending]')?.removeAttribute('data-pending');
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
  }
}

defineElement('baogao-theme-switch', ThemeSwitch);
