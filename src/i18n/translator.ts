/**
 * The one i18next instance for UI strings. Components get a translate function
 * for the page's language from `Astro.locals.t` (set in src/middleware.ts).
 */
import i18next, { type TFunction } from 'i18next';
import en from './en.json' with { type: 'json' };
import { uiStringsSchema, type UiKey, type UiLang } from './schema.ts';
import zhCN from './zh-CN.json' with { type: 'json' };

const instance = i18next.createInstance();
await instance.init({
  lng: 'zh-CN',
  fallbackLng: false,
  // Keys are flat and dotted ("glossary.close"), not nested.
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  resources: {
    'zh-CN': { translation: uiStringsSchema.parse(zhCN) },
    en: { translation: uiStringsSchema.parse(en) },
  },
  initAsync: false,
});

export type Translate = (key: UiKey, options?: Record<string, string | number>) => string;

export function translatorFor(lang: UiLang): Translate {
  const t: TFunction = instance.getFixedT(lang);
  return (key, options) => t(key, options ?? {});
}

/**
 * The UI strings that client code needs, as their templates with `{{x}}` left in:
 * a custom element gets them in its `data-labels` attribute (JSON) and fills
 * them with src/i18n/interpolate.ts, through src/client/labels.ts.
 */
export function labelTemplates(lang: UiLang, keys: readonly UiKey[]): string {
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, labelTemplate(lang, key)])));
}

/** One UI string as its template, with `{{x}}` left in for a later step to fill. */
export function labelTemplate(lang: UiLang, key: UiKey): string {
  const template: unknown = instance.getResource(lang, 'translation', key);
  if (typeof template !== 'string') throw new Error(`UI string ${key} is missing in ${lang}`);
  return template;
}
