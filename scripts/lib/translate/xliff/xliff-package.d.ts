// The xliff package (6.x) ships no types. Only what scripts/lib/translate/xliff uses is declared here.

declare module 'xliff' {
  /** The kinds of inline element; each version maps them to its own tags (1.2: x, g, ph …; 2.x: ph, pc …). */
  export const ElementTypes: {
    readonly Standalone: 'Standalone';
    readonly GenericSpan: 'GenericSpan';
    readonly Span: 'Span';
  };
  export type ElementType = (typeof ElementTypes)[keyof typeof ElementTypes];

  /** An inline element: `{ [type]: { ...attributes, contents? } }`. */
  export type InlineElement = Partial<Record<ElementType, Record<string, unknown>>>;
  /** The content of a source, target or note: text, one element, or a list of both. */
  export type InlineValue = string | InlineElement | (string | InlineElement)[];

  export function makeInlineElement(type: ElementType, attributes: Record<string, string>, contents?: InlineValue): InlineElement;

  export interface XliffUnit {
    source: InlineValue;
    target?: InlineValue;
    note?: string | string[];
    additionalAttributes?: Record<string, string>;
  }

  export interface XliffDocument {
    sourceLanguage: string;
    targetLanguage: string;
    /** File key (1.2: `original`, 2.x: `id`) → unit id → unit. */
    resources: Record<string, Record<string, XliffUnit>>;
  }

  export function jsToXliff12(document: XliffDocument, options: { indent?: string }): Promise<string>;
  export function js2xliff(document: XliffDocument, options: { indent?: string; targetXliffVersion?: string }): Promise<string>;
}
