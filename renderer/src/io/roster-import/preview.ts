import type { Member, MonthDateField } from '../../domain/entities/member';
import { monthDateFields } from '../../domain/entities/member';
import type { DivisionIndex } from '../../domain/rules/destination-split';
import { placeOfIdNumber, splitDestination } from '../../domain/rules/destination-split';
import { DECORATION_REASONS } from '../../domain/rules/roster-decoration';
import type { OrgUnit } from '../../domain/entities/organisation';
import { NEW_GROUP_PREFIX, unitNameKey } from '../../domain/rules/import-plan';
import { checkIdNumber } from '../../domain/rules/id-number';
import type { DraftField, MemberDraft, MemberFields } from '../../domain/rules/member-draft';
import { draftFromMember, emptyDraft, validateMemberDraft } from '../../domain/rules/member-draft';
import { createMemberMatcher } from '../../domain/rules/member-match';
import { createTimeSlicer } from '../../lib/time-slicer';
import type { TimeSlicer } from '../../lib/time-slicer';
import type { RosterField, SheetCell } from './columns';
import { COLUMN_BY_FIELD, headerOf } from './columns';
import type { BranchMatch } from './branch-resolver';
import { createBranchResolver } from './branch-resolver';
import type { SheetLayout, SheetSummary } from './sheet-layout';
import { layoutSheets, skipReason, unreadableSheets } from './sheet-layout';
import { readCell } from './cell-values';
import { ImportFileError } from './read-spreadsheet';
import type { SheetData } from './read-spreadsheet';

export type RowStatus = 'new' | 'update' | 'unchanged' | 'error';

export interface PreviewRow {
  sheetName: string;
  /** The spreadsheet's own row number, as the user sees it in Excel. */
  rowNumber: number;
  name: string;
  status: RowStatus;
  /** Why the row is refused: "第 7 行 身份证号：校验位错误". */
  problems: string[];
  /** What the row imports with, to be checked (待核实): "出生日期按身份证号为准（表中为 1954.09）". */
  warnings: string[];
  /** Headers of the columns that change, for 将更新. */
  changes: string[];
  fields?: MemberFields;
  existingId?: string;
  /** Restores a member from the recycle bin. */
  restores?: boolean;
  branchName: string;
  groupName: string;
  /** The row's cells by field, as read from the file. */
  original: Partial<Record<RosterField, SheetCell>>;
  /** Every cell of the row as in the file (dates stay dates), for the errors workbook. */
  cells: SheetCell[];
}

/** A row that is not a member (a total, a footer, a repeated header), with its reason. */
export interface SkippedRow {
  sheetName: string;
  rowNumber: number;
  reason: string;
}

export interface ImportPreview {
  /** The sheets imported, joined with "、". */
  sheetName: string;
  /** Every sheet of the workbook with its row count and whether it is ticked. */
  sheets: SheetSummary[];
  /** Header texts of each imported sheet by column, for the errors workbook. */
  headers: Record<string, string[]>;
  rows: PreviewRow[];
  skipped: SkippedRow[];
  /** Branches written differently from their stored names, matched for the user to confirm. */
  branchMatches: BranchMatch[];
  /** Rows whose 籍贯 was filled from the ID number's first six digits. */
  nativePlacesFromId: number;
  /** Rows that import with warnings (有提示). */
  withWarnings: number;
  newBranches: string[];
  newGroups: { branch: string; group: string }[];
  counts: Record<RowStatus, number>;
  /** Rows with nothing in them, skipped. */
  emptyRows: number;
}

// A sheet names the same few branches on every row: each name is normalised once.
const UNIT_KEYS = new Map<string, string>();
function unitKey(name: string): string {
  let key = UNIT_KEYS.get(name);
  if (key === undefined) {
    key = unitNameKey(name);
    if (UNIT_KEYS.size > 10_000) UNIT_KEYS.clear();
    UNIT_KEYS.set(name, key);
  }
  return key;
}

const DRAFT_FIELD_OF: Partial<Record<RosterField, DraftField>> = {
  name: 'name',
  gender: 'gender',
  ethnicity: 'ethnicity',
  idNumber: 'idNumber',
  birthDate: 'birthDate',
  education: 'education',
  category: 'category',
  joinDate: 'joinDate',
  fullMemberDate: 'fullMemberDate',
  occupation: 'occupation',
  workUnit: 'workUnit',
  phone: 'phone',
  address: 'address',
  partyStanding: 'partyStanding',
  lostContactDate: 'lostContactDate',
  floatingProvince: 'floatingProvince',
  floatingCity: 'floatingCity',
  floatingCounty: 'floatingCounty',
  floatingSince: 'floatingSince',
  floatingContactPerson: 'floatingContactPerson',
  floatingContactPhone: 'floatingContactPhone',
  floatingCertificateNo: 'floatingCertificateNo',
  nativePlace: 'nativePlace',
  workStartDate: 'workStartDate',
  note: 'note',
};

const FIELD_OF_DRAFT = new Map<string, RosterField>(
  Object.entries(DRAFT_FIELD_OF).map(([field, draft]) => [draft, field as RosterField]),
);
FIELD_OF_DRAFT.set('branchId', 'branch');
FIELD_OF_DRAFT.set('groupId', 'group');
FIELD_OF_DRAFT.set('lostContact', 'lostContact');
FIELD_OF_DRAFT.set('floating', 'floating');

function headerOfDraft(field: string): string {
  const rosterField = FIELD_OF_DRAFT.get(field);
  return rosterField === undefined ? field : headerOf(rosterField);
}

/** Member fields compared for 无变化, in a stable form. */
function comparable(fields: MemberFields): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    const known: unknown = value;
    out[key] = JSON.stringify(known ?? null);
  }
  return out;
}

function changedFields(before: Member, after: MemberFields): string[] {
  const old = comparable(before);
  const next = comparable(after);
  const changed = new Set<string>();
  for (const key of Object.keys(next)) {
    if ((old[key] ?? 'null') !== next[key]) {
      if (key === 'floatingTo') changed.add('外出流向');
      else if (key === 'toVerify') changed.add('待核实提示');
      else if (key === 'monthOnlyDates') changed.add('日期精度');
      else changed.add(headerOfDraft(key));
    }
  }
  return [...changed];
}

export interface PreviewOptions {
  /** Branches and groups named in the sheet that do not exist are created on confirm. */
  createMissingUnits: boolean;
  today: string;
  /** The sheets to import, by name; all sheets with a header when absent. */
  sheets?: readonly string[];
  /** Branch names as typed whose offered match the user declined. */
  declinedBranchMatches?: readonly string[];
  /** GB/T 2260 divisions, for 外出流向 in one cell and 籍贯 from the ID number. */
  divisions?: DivisionIndex;
  /** Fill an empty 籍贯 from the ID number (default true when divisions are given). */
  nativePlaceFromId?: boolean;
}

function noHeader(sheets: readonly SheetData[]): never {
  const hasContent = sheets.some((sheet) => sheet.rows.some((row) => row.some((cell) => cell !== null && cell !== '')));
  if (!hasContent) throw new ImportFileError('表格是空的，没有可导入的内容。');
  throw new ImportFileError(
    '找不到表头：表格前 30 行中没有同时包含“姓名”和“身份证号”“所在党支部”等列名的一行。请使用“下载模板”中的列名。',
  );
}

interface RowTask {
  sheet: SheetLayout;
  cells: SheetCell[];
  offset: number;
}

interface PreviewBuilder {
  tasks: RowTask[];
  readRow: (task: RowTask) => void;
  finish: () => ImportPreview;
}

function withoutVerify(fields: MemberFields): string {
  const { toVerify: _ignored, ...rest } = fields;
  return JSON.stringify(rest);
}

function previewBuilder(
  sheets: SheetData[],
  members: readonly Member[],
  units: readonly OrgUnit[],
  options: PreviewOptions,
): PreviewBuilder {
  const layouts = layoutSheets(sheets, options.sheets);
  if (layouts.length === 0) noHeader(sheets);
  const chosen = layouts.filter((one) => one.summary.selected);
  const manySheets = chosen.length > 1;
  const matcher = createMemberMatcher(members);
  const branchResolver = createBranchResolver(units, {
    createMissingUnits: options.createMissingUnits,
    declinedMatches: options.declinedBranchMatches ?? [],
  });
  const onlyBranch = branchResolver.activeBranches.length === 1 ? branchResolver.activeBranches[0] : undefined;
  const divisions = options.divisions;
  const nativeFromId = options.nativePlaceFromId ?? true;
  // Built once: a 10,000-row sheet asks for a branch's groups on every row.
  const groupsByBranch = new Map<string, Map<string, OrgUnit>>();
  for (const unit of units) {
    if (unit.kind !== 'group' || unit.parentId === undefined) continue;
    let groups = groupsByBranch.get(unit.parentId);
    if (groups === undefined) {
      groups = new Map();
      groupsByBranch.set(unit.parentId, groups);
    }
    groups.set(unitKey(unit.name), unit);
  }
  const noGroups = new Map<string, OrgUnit>();
  const groupsOf = (branchId: string) => groupsByBranch.get(branchId) ?? noGroups;
  const columnsOf = new Map(
    chosen.map((one) => [
      one,
      [...one.layout.columns].flatMap(([column, field]) => {
        const spec = COLUMN_BY_FIELD.get(field);
        return spec === undefined ? [] : [{ column, field, spec }];
      }),
    ]),
  );
  const newBranches = new Map<string, string>();
  const newGroups = new Map<string, { branch: string; group: string }>();
  const seen = new Map<string, { row: PreviewRow; key: string }>();
  const rows: PreviewRow[] = [];
  const skipped: SkippedRow[] = [];
  let emptyRows = 0;
  let nativePlacesFromId = 0;

  const readRow = ({ sheet, cells, offset }: RowTask) => {
    const rowNumber = sheet.layout.headerRowIndex + 2 + offset;
    const where = manySheets ? `“${sheet.sheet.name}”第 ${rowNumber} 行` : `第 ${rowNumber} 行`;
    const skip = skipReason(cells, sheet.nameColumn);
    if (skip !== null) {
      skipped.push({ sheetName: sheet.sheet.name, rowNumber, reason: skip });
      return;
    }
    const original: Partial<Record<RosterField, SheetCell>> = {};
    const values: Partial<Record<RosterField, string>> = {};
    const monthOnly = new Set<MonthDateField>();
    const extras: string[] = [];
    const problems: string[] = [];
    const warnings: string[] = [];
    const problem = (field: string, reason: string) => problems.push(`${where} ${field}：${reason}`);
    for (const { column, field, spec } of columnsOf.get(sheet) ?? []) {
      const cell = cells[column] ?? null;
      original[field] = cell;
      const read = readCell(spec, cell);
      if ('problem' in read) {
        // Only an ID number that cannot be read refuses the row; another unreadable cell is left out.
        if (field === 'idNumber') problem(spec.header, read.problem);
        else
          warnings.push(
            `${spec.header}“${cellText(cell)}”未导入：${read.problem}${field === 'category' ? '（暂按正式党员）' : ''}`,
          );
        continue;
      }
      if (read.value === '') continue;
      values[field] = read.value;
      if (read.monthOnly === true && (monthDateFields as readonly string[]).includes(field)) {
        monthOnly.add(field as MonthDateField);
      }
      if (read.extra !== undefined) extras.push(`其他电话：${read.extra}`);
    }
    if (Object.keys(values).length === 0 && problems.length === 0) {
      if (warnings.length === 0) emptyRows += 1;
      else skipped.push({ sheetName: sheet.sheet.name, rowNumber, reason: '没有姓名等可导入的内容' });
      return;
    }
    const name = values.name ?? '';
    const idCheck = values.idNumber === undefined ? null : checkIdNumber(values.idNumber, options.today);
    const candidate = {
      name,
      idNumber: idCheck?.ok === true ? idCheck.normalized : values.idNumber,
      birthDate: idCheck?.ok === true ? idCheck.birthDate : values.birthDate,
    };
    const match = name === '' ? null : matcher.find(candidate);
    const existing = match?.member;

    const draft: MemberDraft = existing === undefined ? emptyDraft() : draftFromMember(existing);
    // A blank cell never overwrites what is stored.
    for (const [field, value] of Object.entries(values) as [RosterField, string][]) {
      const draftField = DRAFT_FIELD_OF[field];
      if (draftField !== undefined) (draft as unknown as Record<string, unknown>)[draftField] = value;
    }
    for (const field of monthDateFields) {
      if (values[field] === undefined) continue;
      const others = draft.monthOnlyDates.filter((one) => one !== field);
      draft.monthOnlyDates = monthOnly.has(field) ? [...others, field] : others;
    }
    if (values.lostContact !== undefined) draft.lostContact = values.lostContact === '是';
    if (values.floating !== undefined) draft.floating = values.floating === '是';
    // A destination without a 是否流动党员 column means the member is floating.
    else if (
      values.floatingProvince !== undefined ||
      values.floatingCity !== undefined ||
      values.floatingDestination !== undefined
    )
      draft.floating = true;
    const destination = values.floatingDestination;
    if (destination !== undefined && values.floatingProvince === undefined) {
      const split = divisions === undefined ? ({ ok: false } as const) : splitDestination(destination, divisions);
      if (split.ok) {
        draft.floatingProvince = split.destination.province;
        draft.floatingCity = split.destination.city;
        draft.floatingCounty = split.destination.county;
        if (split.rest !== '') {
          extras.push(`外出流向：${destination}`);
          warnings.push(`外出流向“${destination}”中的“${split.rest}”不是省/市/县：原文已记入备注`);
        }
      } else if (destination.length <= 20) {
        draft.floatingProvince = destination;
        draft.floatingCity = '';
        draft.floatingCounty = '';
        warnings.push(`外出流向“${destination}”无法拆分为省/市/县：已原样保存`);
      } else {
        extras.push(`外出流向：${destination}`);
        warnings.push(`外出流向“${destination}”无法拆分为省/市/县：原文已记入备注`);
      }
    }
    if (extras.length > 0) {
      const kept = draft.note.trim();
      draft.note = [kept, ...extras.filter((line) => !kept.includes(line))].filter((line) => line !== '').join('；');
    }
    if (values.idNumber !== undefined && values.birthDate === undefined && idCheck?.ok === true) draft.birthDate = '';
    if (values.idNumber !== undefined && values.gender === undefined && idCheck?.ok === true) draft.gender = '';
    if (
      nativeFromId &&
      divisions !== undefined &&
      idCheck?.ok === true &&
      values.nativePlace === undefined &&
      draft.nativePlace === ''
    ) {
      const place = placeOfIdNumber(idCheck.normalized, divisions);
      if (place !== null) {
        draft.nativePlace = place;
        nativePlacesFromId += 1;
      }
    }

    const typedBranch = values.branch ?? sheet.summary.branchName ?? '';
    // A branch matched under another spelling ("一支部") goes by its stored name from here on.
    let branchName = typedBranch;
    const groupName = values.group ?? '';
    let branchKnown = false;
    if (branchName !== '') {
      const resolved = branchResolver.resolve(typedBranch);
      if (resolved.kind === 'existing') {
        branchKnown = true;
        branchName = resolved.unit.name;
        if (resolved.unit.retiredAt !== undefined) problem(headerOf('branch'), `“${branchName}”已撤销`);
        draft.branchId = resolved.unit.id;
      } else if (resolved.kind === 'new') {
        newBranches.set(resolved.key, branchName);
        draft.branchId = resolved.placeholderId;
      } else {
        problem(headerOf('branch'), `党支部“${branchName}”不存在`);
      }
    } else if (existing === undefined && onlyBranch !== undefined) {
      draft.branchId = onlyBranch.id;
      branchKnown = true;
      warnings.push(`未填所在党支部：已归入唯一的党支部“${onlyBranch.name}”`);
    }
    if (groupName !== '') {
      const group = branchKnown ? groupsOf(draft.branchId).get(unitKey(groupName)) : undefined;
      if (group !== undefined) draft.groupId = group.id;
      else if (branchName === '' && existing !== undefined && groupsOf(existing.branchId).has(unitKey(groupName))) {
        draft.groupId = groupsOf(existing.branchId).get(unitKey(groupName))?.id ?? '';
      } else if (options.createMissingUnits && branchName !== '') {
        const key = `${unitKey(branchName)}/${unitKey(groupName)}`;
        newGroups.set(key, { branch: branchName, group: groupName });
        draft.groupId = NEW_GROUP_PREFIX + key;
      } else {
        problem(headerOf('group'), `党小组“${groupName}”不存在`);
      }
    } else if (existing !== undefined && draft.branchId !== existing.branchId) {
      draft.groupId = '';
    }

    const checked = validateMemberDraft({ ...draft, toVerify: [] }, options.today, { mode: 'import' });
    for (const [field, reason] of Object.entries(checked.errors)) {
      // The cell reader already explained a cell it could not read.
      const header = headerOfDraft(field);
      if (!problems.some((text) => text.includes(` ${header}：`))) problem(header, reason);
    }
    warnings.push(...checked.warnings);
    // What this row doubts joins what the record already waits to have checked.
    const fields =
      checked.fields === undefined
        ? undefined
        : withVerify(checked.fields, [...(existing?.toVerify ?? []), ...warnings]);

    const base = {
      sheetName: sheet.sheet.name,
      rowNumber,
      name,
      branchName,
      groupName,
      original,
      cells,
      warnings,
    };
    let row: PreviewRow;
    if (problems.length > 0 || fields === undefined) {
      row = { ...base, status: 'error', problems, changes: [] };
    } else if (existing === undefined) {
      row = { ...base, status: 'new', problems, changes: [], fields };
    } else {
      const changes = changedFields(existing, fields);
      const restores = existing.deletedAt !== undefined;
      if (restores) changes.unshift('从回收站恢复');
      row = {
        ...base,
        status: changes.length === 0 ? 'unchanged' : 'update',
        problems,
        changes,
        fields,
        existingId: existing.id,
        restores,
      };
    }

    const key = candidate.idNumber ?? `${name}|${candidate.birthDate ?? ''}`;
    const first = name === '' ? undefined : seen.get(key);
    if (first !== undefined) {
      const same =
        row.fields !== undefined && first.row.fields !== undefined && withoutVerify(row.fields) === first.key;
      if (same) {
        skipped.push({ sheetName: sheet.sheet.name, rowNumber, reason: DECORATION_REASONS.duplicate });
        return;
      }
      // Two rows for one person that disagree: neither is taken, the user decides.
      const firstWhere = first.row.sheetName === row.sheetName ? '' : `“${first.row.sheetName}”`;
      row.problems.push(
        `${where} ${headerOf(candidate.idNumber === undefined ? 'name' : 'idNumber')}：与${firstWhere}第 ${first.row.rowNumber} 行是同一人，但内容不同，请核对后只保留一行`,
      );
      row.status = 'error';
      delete row.fields;
      if (first.row.status !== 'error') {
        first.row.problems.push(
          `${manySheets ? `“${first.row.sheetName}”` : ''}第 ${first.row.rowNumber} 行 ${headerOf(candidate.idNumber === undefined ? 'name' : 'idNumber')}：与${firstWhere === '' ? '' : `“${row.sheetName}”`}第 ${rowNumber} 行是同一人，但内容不同，请核对后只保留一行`,
        );
        first.row.status = 'error';
        delete first.row.fields;
      }
    } else if (name !== '') {
      seen.set(key, { row, key: row.fields === undefined ? '' : withoutVerify(row.fields) });
    }
    rows.push(row);
  };

  const finish = (): ImportPreview => {
    const counts: Record<RowStatus, number> = { new: 0, update: 0, unchanged: 0, error: 0 };
    for (const row of rows) counts[row.status] += 1;
    const usedBranches = new Set(rows.filter((row) => row.status !== 'error').map((row) => unitKey(row.branchName)));
    const usedGroups = new Set(
      rows.filter((row) => row.status !== 'error').map((row) => `${unitKey(row.branchName)}/${unitKey(row.groupName)}`),
    );
    return {
      sheetName: chosen.map((one) => one.sheet.name).join('、'),
      sheets: [...layouts.map((one) => one.summary), ...unreadableSheets(sheets, layouts)],
      headers: Object.fromEntries(chosen.map((one) => [one.sheet.name, one.headerTexts])),
      rows,
      skipped,
      branchMatches: branchResolver.matches(),
      nativePlacesFromId,
      withWarnings: rows.filter((row) => row.status !== 'error' && row.warnings.length > 0).length,
      newBranches: [...newBranches.entries()].filter(([key]) => usedBranches.has(key)).map(([, name]) => name),
      newGroups: [...newGroups.entries()].filter(([key]) => usedGroups.has(key)).map(([, value]) => value),
      counts,
      emptyRows,
    };
  };
  const tasks = chosen.flatMap((sheet) =>
    sheet.sheet.rows.slice(sheet.layout.headerRowIndex + 1).map((cells, offset) => ({ sheet, cells, offset })),
  );
  return { tasks, readRow, finish };
}

function withVerify(fields: MemberFields, notes: readonly string[]): MemberFields {
  const toVerify = [...new Set(notes)];
  const next = { ...fields };
  if (toVerify.length === 0) delete next.toVerify;
  else next.toVerify = toVerify;
  return next;
}

function cellText(cell: SheetCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Reads every row against the stored roster: new, will update, unchanged, or error with its reasons. */
export function buildImportPreview(
  sheets: SheetData[],
  members: readonly Member[],
  units: readonly OrgUnit[],
  options: PreviewOptions,
): ImportPreview {
  const builder = previewBuilder(sheets, members, units, options);
  builder.tasks.forEach(builder.readRow);
  return builder.finish();
}

/** The same preview, a slice at a time, so a 10,000-row sheet never freezes the window. */
export async function buildImportPreviewInSlices(
  sheets: SheetData[],
  members: readonly Member[],
  units: readonly OrgUnit[],
  options: PreviewOptions,
  slicer: TimeSlicer = createTimeSlicer(),
): Promise<ImportPreview> {
  const builder = previewBuilder(sheets, members, units, options);
  for (const task of builder.tasks) {
    if (slicer.due()) await slicer.pause();
    builder.readRow(task);
  }
  return builder.finish();
}
