/**
 * Register a custom element once. A component's script can reach a page through
 * more than one bundle (a shared chunk and a page's own), and defining a name
 * twice throws, so the second definition is skipped.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
