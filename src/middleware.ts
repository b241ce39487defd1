/** Hands every page the UI language of its URL and the matching translate function. */
import { defineMiddleware } from 'astro:middleware';
import { translatorFor } from './i18n/translator.ts';
import { pathToLang } from './utils/urls.ts';

export const onRequest = defineMiddleware((context, next) => {
  const lang = pathToLang(context.url.pathname);
  context.locals.lang = lang;
  context.locals.t = translatorFor(lang);
  return next();
});
