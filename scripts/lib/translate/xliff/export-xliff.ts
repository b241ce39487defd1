/**
 * `npm run translate -- export`: a report as an XLIFF file (1.2 by default,
 * 2.0 or 2.1 on request), built with the xliff package (jsToXliff12, js2xliff,
 * makeInlineElement). The package writes no state and no file `original` in
 * 2.x, and escapes no attribute value, so its output is parsed back with xml-js
 * (its own XML layer) and completed there: each target's state (states.ts), the
 * report's id as the file's `original`, indentation between structural
 * elements only. The result is read back with the import's reader before it is
 * returned: an export that would not import to the same Markdown is an error,
 * never a file.
 *
 * For 2.1 the package writes `version="2.1"` with the 2.0 core namespace
 * (urn:oasis:names:tc:xliff:document:2.0), which is what XLIFF 2.1 specifies.
 */
import { js2xliff, jsToXliff12, type XliffDocument, type XliffUnit } from 'xliff';
import type { ReportOnDisk } from '../../../../src/content/report-files-fs.ts';
import type { TermBaseEntry } from '../../../../src/schemas/termbase.ts';
import type { TranslationState } from '../../../../src/schemas/translation-file.ts';
import { ElementIds, toInlineValue, type XliffVersion } from './inline-elements.ts';
import { formatMarkdown, parseInline } from './markdown-inline.ts';
import { readXliff } from './read-xliff.ts';
import { STATE_TO_12 } from './states.ts';
import { blockNotes } from './unit-notes.ts';
import { currentEnglish, reportUnits } from './units.ts';
import { elementOf, writeXml, type Element } from './xml-tree.ts';

export const SOURCE_LANGUAGE = 'zh-CN';

const STRUCTURAL = new Set(['xliff', 'file', 'header', 'body', 'group', 'trans-unit', 'unit', 'notes', 'segment']);

interface UnitState {
  state?: TranslationState;
  memory: boolean;
}

/** The file's id in 2.x (an NMTOKEN: no slash); the report id itself is the file's `original`. */
function fileKey(report: ReportOnDisk, version: XliffVersion): string {
  return version === '1.2' ? report.id : report.id.replace('/', '.');
}

function buildDocument(report: ReportOnDisk, termBase: readonly TermBaseEntry[], version: XliffVersion, language: string) {
  const units: Record<string, XliffUnit> = {};
  const states = new Map<string, UnitState>();
  for (const { id, unit } of reportUnits(report)) {
    const sourceIds = new ElementIds();
    const entry: XliffUnit = {
      source: toInlineValue(parseInline(unit.chinese), version, sourceIds),
      additionalAttributes: { 'xml:space': 'preserve' },
    };
    const english = currentEnglish(unit);
    const state = unit.kind === 'block' ? (unit.translated?.state ?? 'initial') : undefined;
    if (english !== '' || (state !== undefined && state !== 'initial'))
      entry.target = toInlineValue(parseInline(english), version, new ElementIds(sourceIds));
    const notes = unit.kind === 'block' ? blockNotes(report, termBase, id, unit.chinese, unit.translated) : [];
    if (notes.length > 0) entry.note = notes;
    units[id] = entry;
    states.set(id, {
      ...(entry.target !== undefined && state ? { state } : {}),
      memory: unit.kind === 'block' && unit.translated?.memory !== undefined,
    });
  }
  const document: XliffDocument = {
    sourceLanguage: SOURCE_LANGUAGE,
    targetLanguage: language,
    resources: { [fileKey(report, version)]: units },
  };
  return { document, states };
}

function elementsNamed(node: Element, name: string): Element[] {
  return (node.elements ?? []).filter((child) => child.type === 'element' && child.name === name);
}

/** Add what the package cannot write: states, the 2.x file's original. */
function complete(root: Element, report: ReportOnDisk, version: XliffVersion, states: ReadonlyMap<string, UnitState>): Element {
  for (const file of elementsNamed(root, 'file')) {
    if (version !== '1.2') file.attributes = { ...file.attributes, original: report.id };
    const containers = version === '1.2' ? elementsNamed(file, 'body') : [file];
    for (const unit of containers.flatMap((container) => elementsNamed(container, version === '1.2' ? 'trans-unit' : 'unit'))) {
      const unitState = states.get(String(unit.attributes?.id ?? ''));
      if (!unitState?.state) continue;
      if (version === '1.2') {
        for (const target of elementsNamed(unit, 'target'))
          target.attributes = {
            ...target.attributes,
            state: STATE_TO_12[unitState.state],
            ...(unitState.memory ? { 'state-qualifier': 'leveraged-tm' } : {}),
          };
      } else {
        for (const segment of elementsNamed(unit, 'segment')) segment.attributes = { ...segment.attributes, state: unitState.state };
      }
    }
  }
  return root;
}

/** The XLIFF text of a report (which must have a translation file: run skeleton first). */
export async function exportXliff(
  report: ReportOnDisk,
  termBase: readonly TermBaseEntry[],
  version: XliffVersion,
  language = 'en',
): Promise<string> {
  if (!report.translation)
    throw new Error(`${report.translationPath}: error: no translation yet; run npm run translate -- skeleton ${report.id} first`);
  const { document, states } = buildDocument(report, termBase, version, language);
  // No indentation from the package: it would indent inside mixed content (source and target text).
  const written =
    version === '1.2' ? await jsToXliff12(document, { indent: '' }) : await js2xliff(document, { indent: '', targetXliffVersion: version });
  const xml = writeXml(complete(elementOf(written), report, version, states), STRUCTURAL);
  verifyExport(xml, report);
  return xml;
}

/** The export read back must give every unit's Chinese and English exactly. */
function verifyExport(xml: string, report: ReportOnDisk): void {
  const read = readXliff(xml);
  const byId = new Map(read.units.map((unit) => [unit.id, unit]));
  for (const { id, unit } of reportUnits(report)) {
    const back = byId.get(id);
    const source = back && !(back.source instanceof Error) ? formatMarkdown(back.source) : undefined;
    const target = back?.target && !(back.target instanceof Error) ? formatMarkdown(back.target) : '';
    if (source !== unit.chinese || target !== currentEnglish(unit))
      throw new Error(`${report.id}: unit ${id} does not survive its own XLIFF export unchanged; please report this as a bug`);
  }
}
