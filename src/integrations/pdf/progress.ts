/** The progress line printed for each PDF, and the closing summary, shared by the build and `npm run pdf`. */
import { relative } from 'node:path';
import type { GeneratedPdf, GenerateResult } from './generate-editions.ts';
import { formatFileSize } from './fill-sizes.ts';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function pdfLine(pdf: GeneratedPdf, dir: string): string {
  return `${relative(dir, pdf.file)}  ${formatFileSize(pdf.bytes)}  ${pdf.cached ? 'from the cache' : seconds(pdf.durationMs)}`;
}

export function summaryLine(result: GenerateResult): string {
  const total = result.pdfs.reduce((sum, pdf) => sum + pdf.bytes, 0);
  const reused = result.pdfs.length - result.printed;
  return (
    `${result.pdfs.length} PDF(s), ${formatFileSize(total)} in all, in ${seconds(result.durationMs)}: ` +
    `${result.printed} printed, ${reused} from the cache (${result.pruned} stale entries pruned); sizes filled into ${result.filledPages} page(s)`
  );
}
