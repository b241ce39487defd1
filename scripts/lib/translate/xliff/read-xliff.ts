/**
 * Reads an XLIFF 1.2 or 2.x file as a CAT tool may have saved it: any
 * namespace prefix, attribute order, whitespace between elements, CRLF line
 * ends, groups, Trados/memoQ segment markers (`<mrk mtype="seg">`), a 2.x unit
 * split into several segments. The xliff package's own readers (xliff12ToJs,
 * xliff2js) are not used for this: they drop each target's state, resolve no
 * namespace prefix, keep only the last of two units with the same id, and
 * (2.x) drop the spaces between two inline elements. So the file is parsed
 * with xml-js, the package's XML layer (xml-tree.ts), and read here.
 *
 * Document-level problems (malformed XML, not XLIFF, several files) throw an
 * XmlError; a unit's own problem (an inline element we do not write) is kept on
 * the unit, so the import can list every unit's problem at once.
 */
import type { TranslationState } from '../../../../src/schemas/translation-file.ts';
import { InlineProblem, tokensFromContent, XLIFF_NAMESPACE, type XliffVersion } from './inline-elements.ts';
import type { InlineToken } from './markdown-inline.ts';
import { leastAdvanced, stateFromXliff } from './states.ts';
import { parseXml, rootElement, XmlError, type NamespacedElement } from './xml-tree.ts';

export interface ReadUnit {
  id: string;
  source: InlineToken[] | InlineProblem;
  /** Absent when the unit has no target. */
  target?: InlineToken[] | InlineProblem;
  /** The state the file gives, read into ours; undefined when it gives none; an Error for a value no version defines. */
  state?: TranslationState | Error;
  notes: string[];
}

export interface ReadXliff {
  version: XliffVersion;
  /** The report id the file was exported for (`<file original>`). */
  original: string;
  sourceLanguage: string;
  targetLanguage: string;
  units: ReadUnit[];
}

function textOf(element: NamespacedElement): string {
  return element.content.map((item) => (typeof item === 'string' ? item : textOf(item))).join('');
}

function tokensOf(element: NamespacedElement | undefined, version: XliffVersion, namespace: string): InlineToken[] | InlineProblem {
  if (!element) return [];
  try {
    return tokensFromContent(element.content, version, namespace);
  } catch (error) {
    if (error instanceof InlineProblem) return new InlineProblem(`<${element.local}>: ${error.message}`);
    throw error;
  }
}

function concatenate(parts: (InlineToken[] | InlineProblem)[]): InlineToken[] | InlineProblem {
  const problem = parts.find((part) => part instanceof InlineProblem);
  return problem ?? parts.flatMap((part) => (part instanceof InlineProblem ? [] : part));
}

function readState(value: string | undefined, version: XliffVersion): TranslationState | Error | undefined {
  if (value === undefined) return undefined;
  return stateFromXliff(value, version) ?? new Error(`state "${value}" is not an XLIFF ${version} state`);
}

function inNamespace(element: NamespacedElement, namespace: string, ...names: string[]): NamespacedElement[] {
  return element.children.filter((child) => child.namespace === namespace && names.includes(child.local));
}

function read12Unit(unit: NamespacedElement, namespace: string): ReadUnit {
  const [source] = inNamespace(unit, namespace, 'source');
  const [target] = inNamespace(unit, namespace, 'target');
  const read: ReadUnit = {
    id: unit.attributes.id ?? '',
    source: source ? tokensOf(source, '1.2', namespace) : new InlineProblem('no <source>'),
    notes: inNamespace(unit, namespace, 'note').map(textOf),
  };
  if (target) {
    read.target = tokensOf(target, '1.2', namespace);
    const state = readState(target.attributes.state, '1.2');
    if (state !== undefined) read.state = state;
  }
  return read;
}

function read2Unit(unit: NamespacedElement, namespace: string, version: XliffVersion): ReadUnit {
  const parts = inNamespace(unit, namespace, 'segment', 'ignorable');
  const segments = parts.map((part) => ({
    segment: part.local === 'segment',
    source: inNamespace(part, namespace, 'source')[0],
    target: inNamespace(part, namespace, 'target')[0],
    state: part.local === 'segment' ? readState(part.attributes.state, version) : undefined,
  }));
  const read: ReadUnit = {
    id: unit.attributes.id ?? '',
    source:
      segments.length === 0
        ? new InlineProblem('no <segment>')
        : concatenate(segments.map((part) => tokensOf(part.source, version, namespace))),
    notes: inNamespace(unit, namespace, 'notes').flatMap((notes) => inNamespace(notes, namespace, 'note').map(textOf)),
  };
  if (segments.some((part) => part.segment && part.target)) {
    // An ignorable part without a target (whitespace between sentences) stands for itself.
    read.target = concatenate(
      segments.map((part) => tokensOf(part.target ?? (part.segment ? undefined : part.source), version, namespace)),
    );
    const states = segments.filter((part) => part.segment).map((part) => part.state);
    const bad = states.find((state) => state instanceof Error);
    const given = states.filter((state): state is TranslationState => typeof state === 'string');
    if (bad) read.state = bad;
    else {
      const least = leastAdvanced(given);
      if (least) read.state = least;
    }
  }
  return read;
}

/** Units in document order, groups flattened. */
function unitsIn(container: NamespacedElement, namespace: string, unitName: string): NamespacedElement[] {
  return container.children
    .filter((child) => child.namespace === namespace)
    .flatMap((child) => (child.local === unitName ? [child] : child.local === 'group' ? unitsIn(child, namespace, unitName) : []));
}

export function readXliff(text: string): ReadXliff {
  const root = rootElement(parseXml(text));
  const declared = root.attributes.version ?? '';
  if (root.local !== 'xliff') throw new XmlError(`not an XLIFF file (its root element is <${root.local}>)`);
  const version: XliffVersion | undefined =
    declared === '1.2'
      ? '1.2'
      : declared === '2.0' || declared === '2.1' || declared === '2.2'
        ? declared === '2.0'
          ? '2.0'
          : '2.1'
        : undefined;
  if (!version) throw new XmlError(`XLIFF version "${declared}" is not read (1.2, 2.0, 2.1 or 2.2)`);
  const namespace = version === '1.2' ? XLIFF_NAMESPACE['1.2'] : XLIFF_NAMESPACE['2.x'];
  // A 1.2 file without a namespace is still seen from older tools.
  if (root.namespace !== namespace && !(version === '1.2' && root.namespace === ''))
    throw new XmlError(`the XLIFF ${declared} root must be in the namespace ${namespace}, not "${root.namespace}"`);
  const files = inNamespace(root, root.namespace, 'file');
  if (files.length !== 1) throw new XmlError(`an XLIFF file for one report has exactly one <file>; this one has ${String(files.length)}`);
  const [file] = files;
  if (!file) throw new XmlError('no <file>');
  const is12 = version === '1.2';
  const units = is12
    ? inNamespace(file, root.namespace, 'body').flatMap((body) => unitsIn(body, root.namespace, 'trans-unit'))
    : unitsIn(file, root.namespace, 'unit');
  return {
    version,
    original: file.attributes.original ?? '',
    sourceLanguage: (is12 ? file.attributes['source-language'] : root.attributes.srcLang) ?? '',
    targetLanguage: (is12 ? file.attributes['target-language'] : root.attributes.trgLang) ?? '',
    units: units.map((unit) => (is12 ? read12Unit(unit, root.namespace) : read2Unit(unit, root.namespace, version))),
  };
}
