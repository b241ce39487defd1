/** The part of jsdom the chart uses (jsdom ships no types and @types/jsdom is not installed): a window with a DOM document. */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { readonly document: Document };
  }
}
