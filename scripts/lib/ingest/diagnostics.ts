/**
 * Errors and warnings of an ingest, each naming the file and line, printed in
 * the `file:line: error: message` form that editors and CI logs link up.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  file: string;
  /** 1-based line in the source file; 0 when the problem concerns the whole file. */
  line: number;
  message: string;
}

export class Diagnostics {
  readonly items: Diagnostic[] = [];
  readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  error(line: number, message: string): void {
    this.items.push({ severity: 'error', file: this.file, line, message });
  }

  warning(line: number, message: string): void {
    this.items.push({ severity: 'warning', file: this.file, line, message });
  }

  /** A method, not a getter: TypeScript would keep a checked getter's value narrowed across later error() calls. */
  hasErrors(): boolean {
    return this.items.some((item) => item.severity === 'error');
  }
}

export function formatDiagnostic(item: Diagnostic): string {
  const where = item.line > 0 ? `${item.file}:${item.line}` : item.file;
  return `${where}: ${item.severity}: ${item.message}`;
}

/** Thrown when the input cannot be ingested at all; carries every diagnostic. */
export class IngestError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    super(
      diagnostics
        .filter((d) => d.severity === 'error')
        .map(formatDiagnostic)
        .join('\n'),
    );
    this.name = 'IngestError';
    this.diagnostics = diagnostics;
  }
}
