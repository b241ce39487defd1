/**
 * Register a custom element once. Defining a name twice throws, and a module can
 * run twice on one page (re-run by hot reload in `astro dev`, or bundled into two
 * entries), so a second definition is skipped.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
