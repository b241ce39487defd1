/**
 * Traditional → simplified, for a search query (the reports are in simplified
 * characters). opencc-js's core with only the two dictionaries this needs
 * (TSPhrases, TSCharacters: about 25 kB gzipped), so the search page loads it
 * only for a query that has a character that folds (foldable.ts).
 */
import { ConverterFactory } from 'opencc-js/core';
import toSimplified from 'opencc-js/to/cn';

export const foldToSimplified = ConverterFactory(toSimplified);
