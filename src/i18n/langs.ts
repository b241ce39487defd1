/**
 * The site's languages: the report's original and our translation. Apart from
 * schema.ts (which brings zod and the strings) so that client scripts can use
 * the URL scheme (src/utils/urls.ts) without bundling either.
 */
export const UI_LANGS = ['zh-CN', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];
