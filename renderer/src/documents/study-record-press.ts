import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import type { StudyRecordData } from '../domain/rules/study-record-data';
import { concatBytes } from '../lib/concat-bytes';
import { nextTask } from '../lib/time-slicer';
import { createDocument, packDocument } from './gbt9704';
import { studyRecordSheetSection } from './study-record';
import type { StudyRecordCells, StudyRecordSheet } from './study-record-sheet';
import { NO_STUDY_ROWS_TEXT, studyRecordSheet, studyRecordTitle } from './study-record-sheet';
import { zipEntries, zipEntry } from './zip-writer';

/**
 * The year-end batch of 党员学习记录表 without docx's object model per member. docx lays out ONE sheet
 * whose every field is a marker; that package's static parts (styles, settings, fonts, numbering,
 * footers, content types) are kept as they are, and its word/document.xml is cut into pieces around the
 * markers. Each member then costs a string join of those pieces with their escaped text and one deflate,
 * a few milliseconds instead of docx's tens. The XML is docx's own, byte for byte
 * (tests/unit/documents/study-record-press.test.ts compares the two).
 */

const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';
/** Level 6: a sheet's ~30 KB of XML deflates in about a millisecond; level 1 is hardly faster and ~25% larger. */
const LEVEL = 6;

type TextKey =
  'title' | 'name' | 'gender' | 'birthMonth' | 'branchName' | 'yearText' | 'joinMonth' | 'total' | 'target';
type Key = TextKey | 'reflection' | `cell${number}`;

const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const marker = (key: Key) => `${MARK_OPEN}${key}${MARK_CLOSE}`;
const MARKER_PATTERN = /\uE000([A-Za-z0-9]+)\uE001/g;

const TEXT_KEYS: readonly TextKey[] = [
  'title',
  'name',
  'gender',
  'birthMonth',
  'branchName',
  'yearText',
  'joinMonth',
  'total',
  'target',
];
const CELL_KEYS = [0, 1, 2, 3, 4, 5].map((index) => `cell${index}` as const);

function markerSheet(rows: StudyRecordCells[]): StudyRecordSheet {
  const texts = Object.fromEntries(TEXT_KEYS.map((key) => [key, marker(key)])) as Record<TextKey, string>;
  return { ...texts, documentTitle: marker('title'), rows, reflection: marker('reflection') };
}

const MARKER_ROW = CELL_KEYS.map(marker) as unknown as StudyRecordCells;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Exactly docx's escaping of text: the five entities, and control characters XML cannot hold dropped. */
export function escapeXmlText(text: string): string {
  // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids
  return text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => XML_ESCAPES[char] ?? '');
}

/** A paragraph that holds one field: repeated once per line of the field's text, as docx's table cells do. */
interface FieldParagraph {
  key: Key;
  before: string;
  after: string;
}
type Piece = string | FieldParagraph;

/** Cuts XML into fixed text and the paragraphs around each marker. */
function compile(xml: string): Piece[] {
  const pieces: Piece[] = [];
  let position = 0;
  for (const match of xml.matchAll(MARKER_PATTERN)) {
    const start = xml.lastIndexOf('<w:p>', match.index);
    const end = xml.indexOf('</w:p>', match.index) + '</w:p>'.length;
    if (start < position || end < match.index) throw new Error('学习记录表模板：标记不在单独的段落中');
    pieces.push(xml.slice(position, start));
    pieces.push({
      key: match[1] as Key,
      before: xml.slice(start, match.index),
      after: xml.slice(match.index + match[0].length, end),
    });
    position = end;
  }
  pieces.push(xml.slice(position));
  return pieces;
}

type Values = (key: Key) => readonly string[];

function render(pieces: readonly Piece[], values: Values, out: string[]): void {
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      out.push(piece);
      continue;
    }
    for (const line of values(piece.key)) out.push(piece.before, escapeXmlText(line), piece.after);
  }
}

/** A cell's text becomes one paragraph per line (gbt9704 `tableCell`); '' is one empty paragraph. */
function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

function sheetValues(sheet: StudyRecordSheet): Values {
  return (key) => {
    if (key === 'reflection') return sheet.reflection === '' ? [] : lines(sheet.reflection);
    if (key.startsWith('cell')) throw new Error(`学习记录表模板：行外的标记 ${key}`);
    return lines(sheet[key as TextKey]);
  };
}

function rowValues(cells: StudyRecordCells): Values {
  return (key) => lines(cells[Number(key.slice('cell'.length))] ?? '');
}

/** The sheet's body, the row template and what surrounds them, cut from docx's XML. */
interface Template {
  /** `<?xml …><w:document …><w:body>` */
  prefix: string;
  /** From the title to the record table's header row, inclusive. */
  head: Piece[];
  row: Piece[];
  emptyRow: string;
  /** From the total row to the sheet's last paragraph (the 支部书记 signature line), inclusive. */
  tail: Piece[];
  /** The section's properties with its page-number footers; `sectionBreakWithoutFooters` inherits them. */
  sectionProperties: string;
  suffix: string;
  /** Every part but the document and its properties, as docx wrote them. */
  parts: Record<string, Uint8Array>;
  /** The parts' names in docx's order. */
  order: string[];
  core: [string, string];
}

function between(xml: string, startMark: string, endMark: string, from = 0): [number, number] {
  const start = xml.indexOf(startMark, from);
  const end = xml.indexOf(endMark, start);
  if (start === -1 || end === -1) throw new Error(`学习记录表模板：找不到 ${startMark}`);
  return [start, end + endMark.length];
}

async function docxParts(rows: StudyRecordCells[]): Promise<Record<string, Uint8Array>> {
  const sheet = markerSheet(rows);
  return unzipSync(await packDocument(createDocument(sheet.documentTitle, [studyRecordSheetSection(sheet)])));
}

async function createTemplate(): Promise<Template> {
  const parts = await docxParts([MARKER_ROW]);
  // Two docx builds are two long tasks: let the window paint between them.
  await nextTask();
  const emptyParts = await docxParts([]);
  const xml = strFromU8(parts[DOCUMENT] ?? new Uint8Array());
  const emptyXml = strFromU8(emptyParts[DOCUMENT] ?? new Uint8Array());
  const bodyStart = xml.indexOf('<w:body>') + '<w:body>'.length;
  const [sectionStart, sectionEnd] = between(xml, '<w:sectPr>', '</w:sectPr>', bodyStart);
  const firstCell = xml.indexOf(marker('cell0'));
  const rowStart = xml.lastIndexOf('<w:tr>', firstCell);
  const rowEnd = xml.indexOf('</w:tr>', xml.indexOf(marker('cell5'))) + '</w:tr>'.length;
  const before = xml.slice(0, rowStart);
  const after = xml.slice(rowEnd);
  if (!emptyXml.startsWith(before) || !emptyXml.endsWith(after)) throw new Error('学习记录表模板：空表与模板不一致');
  const emptyRow = emptyXml.slice(before.length, emptyXml.length - after.length);
  if (!emptyRow.includes(NO_STUDY_ROWS_TEXT)) throw new Error('学习记录表模板：找不到“本年度暂无学习记录”行');
  const core = strFromU8(parts[CORE] ?? new Uint8Array()).split(marker('title'));
  if (core.length !== 2) throw new Error('学习记录表模板：文档属性中找不到标题');
  const staticParts = Object.fromEntries(Object.entries(parts).filter(([name]) => name !== DOCUMENT && name !== CORE));
  return {
    prefix: xml.slice(0, bodyStart),
    head: compile(xml.slice(bodyStart, rowStart)),
    row: compile(xml.slice(rowStart, rowEnd)),
    emptyRow,
    tail: compile(xml.slice(rowEnd, sectionStart)),
    sectionProperties: xml.slice(sectionStart, sectionEnd),
    suffix: xml.slice(sectionEnd),
    parts: staticParts,
    order: Object.keys(parts),
    core: [core[0] ?? '', core[1] ?? ''],
  };
}

function renderBody(template: Template, sheet: StudyRecordSheet, out: string[]): void {
  const values = sheetValues(sheet);
  render(template.head, values, out);
  if (sheet.rows.length === 0) out.push(template.emptyRow);
  for (const cells of sheet.rows) render(template.row, rowValues(cells), out);
  render(template.tail, values, out);
}

/**
 * A section that is not the document's last ends with its properties in its last paragraph, as Word
 * (and docx) write it.
 */
function withSectionBreak(body: string, properties: string): string {
  const last = body.lastIndexOf('<w:p>');
  if (last === -1) throw new Error('学习记录表模板：找不到最后一段');
  const inner = last + '<w:p>'.length;
  if (body.startsWith('<w:pPr>', inner)) {
    const close = body.indexOf('</w:pPr>', inner);
    return body.slice(0, close) + properties + body.slice(close);
  }
  return `${body.slice(0, inner)}<w:pPr>${properties}</w:pPr>${body.slice(inner)}`;
}

function coreXml(template: Template, title: string): Uint8Array {
  return strToU8(template.core[0] + escapeXmlText(title) + template.core[1]);
}

export interface CombinedStudyRecords {
  /** Adds the next member's sheet, on a new page numbered from 1. A few milliseconds: call between yields. */
  add(data: StudyRecordData): void;
  /** The finished file. Cheap: everything but the last sheet is already compressed. */
  finish(): Uint8Array;
}

export interface StudyRecordPress {
  /** One member's sheet as a .docx: the same file as `buildStudyRecord`, made in a few milliseconds. */
  single(data: StudyRecordData): Uint8Array;
  /** Every member's sheet in one .docx, one section each, as `buildStudyRecordBatch` lays them out. */
  combined(year: number): CombinedStudyRecords;
}

/** Lays out the template once (one docx build, ~100 ms); each sheet after that is a string join. */
export async function createStudyRecordPress(): Promise<StudyRecordPress> {
  const template = await createTemplate();
  const compressedParts = new Map(
    Object.entries(template.parts).map(([name, bytes]) => [name, zipEntry(name, bytes, LEVEL)]),
  );
  const withoutFooters = template.sectionProperties.replace(/<w:footerReference [^>]*\/>/g, '');

  const single = (data: StudyRecordData): Uint8Array => {
    const sheet = studyRecordSheet(data);
    const out = [template.prefix];
    renderBody(template, sheet, out);
    out.push(template.sectionProperties, template.suffix);
    // docx's order of parts, with this member's document and properties in their places.
    return zipEntries(
      template.order.map((name) => {
        if (name === DOCUMENT) return zipEntry(name, strToU8(out.join('')), LEVEL);
        if (name === CORE) return zipEntry(name, coreXml(template, sheet.documentTitle), LEVEL);
        return compressedParts.get(name) ?? zipEntry(name, new Uint8Array());
      }),
    );
  };

  const combined = (year: number): CombinedStudyRecords => {
    const chunks: Uint8Array[] = [];
    const failures: Error[] = [];
    const zip = new Zip((error, chunk) => {
      if (error !== null) failures.push(error);
      else chunks.push(chunk);
    });
    for (const [name, bytes] of Object.entries(template.parts)) {
      const entry = new ZipDeflate(name, { level: LEVEL });
      zip.add(entry);
      entry.push(bytes, true);
    }
    const document = new ZipDeflate(DOCUMENT, { level: LEVEL });
    zip.add(document);
    document.push(strToU8(template.prefix));
    let pending: StudyRecordSheet | null = null;
    let sections = 0;
    // A sheet is written when the next arrives: only then is it known not to be the last section.
    const flush = (last: boolean) => {
      if (pending === null) return;
      const out: string[] = [];
      renderBody(template, pending, out);
      const properties = sections === 0 ? template.sectionProperties : withoutFooters;
      const body = last ? out.join('') + properties : withSectionBreak(out.join(''), properties);
      document.push(strToU8(body));
      sections += 1;
      pending = null;
    };
    return {
      add(data) {
        flush(false);
        pending = studyRecordSheet(data);
      },
      finish() {
        if (pending === null) throw new Error('没有可合并的学习记录表。');
        flush(true);
        document.push(strToU8(template.suffix), true);
        const core = new ZipDeflate(CORE, { level: LEVEL });
        zip.add(core);
        core.push(coreXml(template, studyRecordTitle(year)), true);
        zip.end();
        if (failures[0] !== undefined) throw failures[0];
        return concatBytes(chunks);
      },
    };
  };

  return { single, combined };
}
