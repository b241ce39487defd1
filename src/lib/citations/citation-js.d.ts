// citation-js 0.8 ships no types. Only what src/lib/citations uses is declared here.

declare module '@citation-js/core' {
  /** A key/value registry (styles, locales). */
  interface CitationJsRegister<T> {
    add(key: string, value: T): this;
    has(key: string): boolean;
  }

  interface CslPluginConfig {
    styles: CitationJsRegister<string>;
    locales: CitationJsRegister<string>;
  }

  interface BibtexPluginConfig {
    /** When true (the default), every non-ASCII character without a LaTeX command is dropped: 政府工作报告 → "". */
    format: { asciiOnly: boolean };
  }

  export const plugins: {
    config: {
      get(name: '@csl'): CslPluginConfig;
      get(name: '@bibtex'): BibtexPluginConfig;
    };
  };

  export class Cite {
    constructor(data: object | object[]);
    format(name: 'bibliography' | 'citation', options: Record<string, unknown>): string;
    format(name: 'bibtex' | 'biblatex' | 'ris', options?: { format?: 'text' }): string;
    /** RIS records as tag → value(s), before they are written out. */
    format(name: 'ris', options: { format: 'object' }): Record<string, string | string[]>[];
  }
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
