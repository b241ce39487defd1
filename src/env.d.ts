/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** UI language of the page, from its URL. */
    lang: import('./i18n/schema.ts').UiLang;
    /** Translate a UI string key into the page's language. */
    t: import('./i18n/translator.ts').Translate;
  }
}

/**
 * A component imported by a .ts module (blocks.json.ts renders ReportBlock.astro with Astro's container API).
 * `astro check` types it from the component itself; plain tsc cannot read .astro files and falls back to this.
 */
declare module '*.astro' {
  const component: Parameters<import('astro/container').experimental_AstroContainer['renderToString']>[0];
  export default component;
}
