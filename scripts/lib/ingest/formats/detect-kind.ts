/**
 * Which kind of source a file is, from its extension and its first bytes. The
 * ingest report says which kind was taken. Files we cannot read (legacy .doc,
 * archives) are refused with the list of what is read today.
 */
import type { SourceKind } from '../source-line.ts';

export const READ_TODAY =
  'read today: plain text or Markdown (.txt, .md), HTML pages (.html, .htm), Word documents (.docx) and PDF files (.pdf)';

export type DetectedKind = { kind: SourceKind | 'markdown-or-text'; why: string } | { error: string };

export function detectKind(fileName: string, bytes: Uint8Array): DetectedKind {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const magic = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  // PDF readers accept a %PDF- header anywhere in the first kilobyte (some servers prepend junk).
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return { kind: 'pdf', why: 'its PDF signature (%PDF-)' };
  if (extension === 'pdf')
    return {
      error:
        'this file is named .pdf but does not start as a PDF does (%PDF): it is damaged, or a web page saved under that name; download it again',
    };
  if (magic.startsWith('PK\u0003\u0004') || extension === 'docx') {
    if (extension === 'docx' || extension === '')
      return { kind: 'docx', why: extension === 'docx' ? 'the extension .docx' : 'its ZIP signature' };
    return { error: `this is a ZIP archive (.${extension}), not a report; ${READ_TODAY}` };
  }
  if (magic.startsWith('\u00d0\u00cf\u0011\u00e0') || extension === 'doc')
    return { error: `this is a legacy Word (.doc) file, which ingest cannot read (${READ_TODAY}); save it as .docx or PDF` };
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, '')
    .trimStart()
    .toLowerCase();
  if (extension === 'html' || extension === 'htm' || head.startsWith('<!doctype html') || head.startsWith('<html'))
    return {
      kind: 'html',
      why: extension === 'html' || extension === 'htm' ? `the extension .${extension}` : 'the file starts with an HTML document type',
    };
  return { kind: 'markdown-or-text', why: `the extension .${extension || '(none)'}` };
}
