/**
 * The one rule for values that exist in Chinese and, once translated, in
 * English: a report's title block, a block's text, a glossary definition. An
 * English page shows the English where there is one and the Chinese original
 * where there is none yet (the page then says so); the lang attribute must
 * follow the text actually shown, not the page, so screen readers and fonts get
 * it right.
 */
import type { UiLang } from './langs.ts';

/** A value in the original Chinese and, when translated, in English. */
export interface Localizable<T> {
  zh: T;
  en?: T | undefined;
}

/** The value for a page in `lang`: the English if there is one, else the Chinese. */
export function localized<T>(value: Localizable<T>, lang: UiLang): T {
  return lang === 'en' && value.en !== undefined ? value.en : value.zh;
}

/** The language of what `localized(value, lang)` returns, for its lang attribute. */
export function localizedLang(value: Localizable<unknown>, lang: UiLang): UiLang {
  return lang === 'en' && value.en !== undefined ? 'en' : 'zh-CN';
}

/** The value in exactly `lang`, without falling back: undefined while untranslated (search records exist only where the text does). */
export function inLanguage<T>(value: Localizable<T>, lang: UiLang): T | undefined {
  return lang === 'en' ? value.en : value.zh;
}
