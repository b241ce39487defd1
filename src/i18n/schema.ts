/**
 * UI strings: flat dotted keys, one JSON file per language. The English file is
 * the reference; every language must have exactly its keys (tested in __tests__).
 */
import { z } from 'astro/zod';
import en from './en.json' with { type: 'json' };

export type UiKey = keyof typeof en;

export const uiStringsSchema = z.record(z.string(), z.string().min(1));

/** Site languages: the report's original and our translation. */
export const UI_LANGS = ['zh-CN', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];
