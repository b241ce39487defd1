/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** UI language of the page, from its URL. */
    lang: import('./i18n/schema.ts').UiLang;
    /** Translate a UI string key into the page's language. */
    t: import('./i18n/translator.ts').Translate;
  }
}
