/**
 * UI strings: flat dotted keys, one JSON file per language. The English file is
 * the reference; every language must have exactly its keys (tested in __tests__).
 */
import { z } from 'astro/zod';
import en from './en.json' with { type: 'json' };

export type UiKey = keyof typeof en;

export const uiStringsSchema = z.record(z.string(), z.string().min(1));

export { UI_LANGS, type UiLang } from './langs.ts';
