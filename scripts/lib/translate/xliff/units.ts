/**
 * The units of a report's XLIFF file, one per block (keyed by its id) and two
 * per glossary entry (`glossary:<key>:term`, `glossary:<key>:definition`): the
 * Chinese a reader sees as source, the current English as target. Export writes
 * them; import recognises a unit id and the Chinese it must have been exported
 * with from the same function, so both agree on what a unit is.
 */
import type { ReportOnDisk } from '../../../../src/content/report-files-fs.ts';
import type { TranslatedBlock, TranslatedGlossaryEntry } from '../../../../src/schemas/translation-file.ts';

export type UnitTarget =
  | { kind: 'block'; id: string; chinese: string; translated?: TranslatedBlock }
  | { kind: 'glossary'; key: string; field: 'term' | 'definition'; chinese: string; translated?: TranslatedGlossaryEntry };

const GLOSSARY_UNIT = /^glossary:([a-z0-9-]+):(term|definition)$/;

export function glossaryUnitId(key: string, field: 'term' | 'definition'): string {
  return `glossary:${key}:${field}`;
}

/** Every unit of a report, in reading order: blocks, then the glossary. */
export function reportUnits(report: ReportOnDisk): { id: string; unit: UnitTarget }[] {
  const file = report.translation?.file;
  const blocks = new Map(file?.blocks.map((block) => [block.id, block]));
  const glossary = new Map(file?.glossary.map((entry) => [entry.key, entry]));
  return [
    ...report.blocks.map((block) => ({
      id: block.id,
      unit: { kind: 'block', id: block.id, chinese: block.markdown, translated: blocks.get(block.id) } as UnitTarget,
    })),
    ...report.glossary.flatMap((entry) =>
      (['term', 'definition'] as const).map((field) => ({
        id: glossaryUnitId(entry.key, field),
        unit: {
          kind: 'glossary',
          key: entry.key,
          field,
          chinese: field === 'term' ? entry.term : entry.definition,
          translated: glossary.get(entry.key),
        } as UnitTarget,
      })),
    ),
  ];
}

/** The unit a file's unit id names, if the report has it. */
export function findUnit(report: ReportOnDisk, id: string): UnitTarget | undefined {
  const glossary = GLOSSARY_UNIT.exec(id);
  if (glossary) {
    const [, key = '', field] = glossary;
    return reportUnits(report).find(({ unit }) => unit.kind === 'glossary' && unit.key === key && unit.field === field)?.unit;
  }
  return reportUnits(report).find(({ unit }) => unit.kind === 'block' && unit.id === id)?.unit;
}

/** The English the unit has now. */
export function currentEnglish(unit: UnitTarget): string {
  if (unit.kind === 'block') return unit.translated?.en ?? '';
  return unit.translated?.[unit.field] ?? '';
}
