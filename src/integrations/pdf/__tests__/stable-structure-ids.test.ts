import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { expect, test } from 'vitest';
import { stabiliseStructureIds } from '../stable-structure-ids.ts';

/**
 * A tagged table the way Chromium writes it: two header cells named after DOM
 * nodes, a data cell pointing at both, and the /IDTree (a root with one leaf).
 */
async function taggedTable(headerNodes: [number, number]): Promise<PDFDocument> {
  const document = await PDFDocument.create();
  document.addPage();
  const context = document.context;
  const name = (node: number) => PDFString.of(`node${String(node).padStart(8, '0')}`);
  const [first, second] = headerNodes.map(name) as [PDFString, PDFString];
  const firstHeader = context.register(context.obj({ Type: 'StructElem', S: 'TH', ID: first }));
  const secondHeader = context.register(context.obj({ Type: 'StructElem', S: 'TH', ID: second }));
  const cell = context.obj({
    Type: 'StructElem',
    S: 'TD',
    A: [
      { O: 'Table', Headers: [first, second] },
      { O: 'Table', RowSpan: 1 },
    ],
  });
  const table = context.obj({ Type: 'StructElem', S: 'Table', K: [firstHeader, secondHeader, context.register(cell)] });
  const leaf = context.register(context.obj({ Limits: [first, second], Names: [first, firstHeader, second, secondHeader] }));
  const idTree = context.register(context.obj({ Kids: [leaf] }));
  const root = context.obj({ Type: 'StructTreeRoot', K: context.register(table), IDTree: idTree });
  document.catalog.set(PDFName.of('StructTreeRoot'), context.register(root));
  return document;
}

/** Two data cells sharing one attribute list (one /Headers array), as a writer may emit. */
async function sharedHeaders(): Promise<PDFDocument> {
  const document = await PDFDocument.create();
  const context = document.context;
  const header = context.register(context.obj({ Type: 'StructElem', S: 'TH', ID: PDFString.of('node00000500') }));
  const attributes = context.register(context.obj([{ O: 'Table', Headers: [PDFString.of('node00000500')] }]));
  const cells = [0, 1].map(() => context.register(context.obj({ Type: 'StructElem', S: 'TD', A: attributes })));
  const root = context.obj({ Type: 'StructTreeRoot', K: [header, ...cells] });
  document.catalog.set(PDFName.of('StructTreeRoot'), context.register(root));
  return document;
}

const save = (document: PDFDocument) => document.save({ useObjectStreams: false });
const savedText = async (document: PDFDocument) => Buffer.from(await save(document)).toString('latin1');

test('the same table printed with other DOM node numbers gives the same bytes once its structure IDs are renumbered', async () => {
  const early = await taggedTable([198, 203]);
  const late = await taggedTable([197, 204]);
  expect(Buffer.from(await save(early)).equals(Buffer.from(await save(late)))).toBe(false);

  expect(stabiliseStructureIds(early)).toBe(2);
  expect(stabiliseStructureIds(late)).toBe(2);
  expect(Buffer.from(await save(early)).equals(Buffer.from(await save(late)))).toBe(true);
});

test('headers still name their header cells, and the ID tree lists the new names sorted, with the old leaf gone', async () => {
  const document = await taggedTable([203, 198]);
  stabiliseStructureIds(document);
  const text = await savedText(document);
  expect(text).not.toMatch(/node0000019[78]|node0000020[34]/);
  // The first header in tree order is node00000001, whatever its DOM number was.
  expect(text).toMatch(/\/S \/TH\s*\/ID \(node00000001\)/);
  expect(text).toContain('/Headers [ (node00000001) (node00000002) ]');

  const root = document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const tree = root.lookup(PDFName.of('IDTree'), PDFDict);
  expect(tree.get(PDFName.of('Kids'))).toBeUndefined();
  const names = tree.lookup(PDFName.of('Names'), PDFArray);
  const keys = [0, 2].map((index) => names.lookup(index, PDFString).decodeText());
  expect(names.size()).toBe(4);
  expect(keys).toEqual(['node00000001', 'node00000002']);
  const firstElement = names.lookup(1, PDFDict);
  expect(firstElement.lookup(PDFName.of('ID'), PDFString).decodeText()).toBe('node00000001');
});

test('a PDF without a structure tree is left as it is', async () => {
  const document = await PDFDocument.create();
  document.addPage();
  const before = Buffer.from(await save(document));
  expect(stabiliseStructureIds(document)).toBe(0);
  expect(Buffer.from(await save(document)).equals(before)).toBe(true);
});

test('headers shared by several cells are renamed once: they still name their header', async () => {
  const document = await sharedHeaders();
  expect(stabiliseStructureIds(document)).toBe(1);
  const text = await savedText(document);
  expect(text).toContain('/ID (node00000001)');
  expect(text).toContain('/Headers [ (node00000001) ]');
});
