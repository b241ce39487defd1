/**
 * The human-readable ingest report an editor reviews: every repair with its
 * source line, the glossary markers and what they attach to, oddities kept
 * verbatim, and the warnings.
 */
import type { Diagnostic } from './diagnostics.ts';
import type { GlossaryEntry } from './glossary.ts';
import type { Oddity } from './oddities.ts';
import type { Repair, RepairKind } from './repairs.ts';

const TITLES: Record<RepairKind, string> = {
  'outside-article': 'Page text outside the article element (HTML): what was read and what was not',
  'furniture-removed': 'Page furniture removed (not part of the report)',
  'page-number-removed': 'Page numbers and running headers removed (each marks a page break)',
  'markup-removed': 'Markup removed or unwrapped (only bold, sup, sub and tables are kept)',
  'character-folded': "Radical characters of a PDF's text layer read as the ideographs its pages show (⼯ → 工)",
  appendix: 'Appendices read as parts of their own',
  'heading-split': 'Heading lines split from the sentence that followed on the same line',
  'heading-like-kept': 'Short lines that look like headings but carry no numbering, kept as paragraphs (check)',
  'heading-unnumbered': 'Unnumbered lines read as part headings',
  'wrap-after-sentence-end': 'Full lines ending a sentence, run on into the next line (check: a paragraph may end there)',
  'paragraph-line-end': 'Paragraphs ended by a short line inside a block of wrapped lines',
  'paragraph-break-kept': 'Paragraph breaks after a full stop where a page may end (check against the PDF)',
  'page-break-joined': 'Paragraphs split by page breaks, joined',
  'line-wrap-joined': 'Line wraps inside a paragraph, joined',
  'heading-level': 'Heading levels set from the outline numbering',
  'heading-promoted': 'Numbered lines read as headings',
  'heading-bold-removed': 'Bold markup around whole headings removed',
  'glossary-entry-joined': 'Glossary entries split by page breaks, joined',
  'glossary-entry-numbered': 'Glossary entries without numbers',
  'glossary-marker-normalised': 'Glossary markers in other shapes, read as markers',
  'glossary-marker-attached': 'Glossary markers and the terms they attach to',
  'glossary-use-inferred': 'Glossary entries tied by inference (no marker in the source)',
};

export interface IngestReportInput {
  sourceName: string;
  /** The kind of source taken, and why. */
  sourceKind: string;
  encoding: string;
  sha256: string;
  blocks: { id: string; kind: string }[];
  glossary: GlossaryEntry[];
  repairs: Repair[];
  oddities: Oddity[];
  diagnostics: Diagnostic[];
}

export function renderIngestReport(input: IngestReportInput): string {
  const paragraphs = input.blocks.filter((block) => block.kind === 'paragraph').length;
  const lines = [
    `# Ingest report: ${input.sourceName}`,
    '',
    `- Source SHA-256: \`${input.sha256}\``,
    `- Read as: ${input.sourceKind}`,
    `- Encoding: ${input.encoding}`,
    `- Blocks: ${input.blocks.length} (${paragraphs} paragraphs, ${input.blocks.length - paragraphs} headings)`,
    `- Glossary entries: ${input.glossary.length}`,
    `- Repairs: ${input.repairs.length}`,
    '',
    'The wording of the source is never changed; only the layout decisions below were made. Check each against the original (the PDF, the web page).',
  ];
  for (const kind of Object.keys(TITLES) as RepairKind[]) {
    const repairs = input.repairs.filter((repair) => repair.kind === kind);
    if (repairs.length === 0) continue;
    lines.push('', `## ${TITLES[kind]} (${repairs.length})`, '');
    for (const repair of repairs) lines.push(`- line ${repair.line}: ${repair.detail}`);
  }
  if (input.oddities.length > 0) {
    lines.push('', `## Oddities kept verbatim (${input.oddities.length})`, '');
    for (const oddity of input.oddities) lines.push(`- line ${oddity.line}, #${oddity.block}: ${oddity.why}: “${oddity.excerpt}”`);
  }
  const warnings = input.diagnostics.filter((item) => item.severity === 'warning');
  if (warnings.length > 0) {
    lines.push('', `## Warnings (${warnings.length})`, '');
    for (const warning of warnings) lines.push(`- ${warning.line > 0 ? `line ${warning.line}: ` : ''}${warning.message}`);
  }
  return `${lines.join('\n')}\n`;
}
