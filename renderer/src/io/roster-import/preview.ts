import type { Member } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';
import { NEW_BRANCH_PREFIX, NEW_GROUP_PREFIX, unitNameKey } from '../../domain/rules/import-plan';
import { checkIdNumber } from '../../domain/rules/id-number';
import type { DraftField, MemberDraft, MemberFields } from '../../domain/rules/member-draft';
import { draftFromMember, emptyDraft, validateMemberDraft } from '../../domain/rules/member-draft';
import { createMemberMatcher } from '../../domain/rules/member-match';
import { createTimeSlicer } from '../../lib/time-slicer';
import type { TimeSlicer } from '../../lib/time-slicer';
import type { HeaderLayout, RosterField, SheetCell } from './columns';
import { COLUMN_BY_FIELD, findHeaderLayout, headerOf } from './columns';
import { readCell } from './cell-values';
import { ImportFileError } from './read-spreadsheet';
import type { SheetData } from './read-spreadsheet';

export type RowStatus = 'new' | 'update' | 'unchanged' | 'error';

export interface PreviewRow {
  /** The spreadsheet's own row number, as the user sees it in Excel. */
  rowNumber: number;
  name: string;
  status: RowStatus;
  /** "第 7 行 身份证号：校验位错误" */
  problems: string[];
  /** Headers of the columns that change, for 将更新. */
  changes: string[];
  fields?: MemberFields;
  existingId?: string;
  /** Restores a member from the recycle bin. */
  restores?: boolean;
  branchName: string;
  groupName: string;
  /** The row's cells by field, as read from the file, for the errors workbook. */
  original: Partial<Record<RosterField, SheetCell>>;
}

export interface ImportPreview {
  sheetName: string;
  rows: PreviewRow[];
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
      else changed.add(headerOfDraft(key));
    }
  }
  return [...changed];
}

export interface PreviewOptions {
  /** Branches and groups named in the sheet that do not exist are created on confirm. */
  createMissingUnits: boolean;
  today: string;
}

function pickSheet(sheets: SheetData[]): { sheet: SheetData; layout: HeaderLayout } {
  for (const sheet of sheets) {
    const layout = findHeaderLayout(sheet.rows);
    if (layout !== null) return { sheet, layout };
  }
  const hasContent = sheets.some((sheet) => sheet.rows.some((row) => row.some((cell) => cell !== null && cell !== '')));
  if (!hasContent) throw new ImportFileError('表格是空的，没有可导入的内容。');
  throw new ImportFileError(
    '找不到表头：表格前 30 行中没有同时包含“姓名”和“身份证号”“所在党支部”等列名的一行。请使用“下载模板”中的列名。',
  );
}

interface PreviewBuilder {
  /** The sheet's rows below the header. */
  dataRows: SheetCell[][];
  /** Reads one of `dataRows` (in order) against the stored roster. */
  readRow: (cells: SheetCell[], offset: number) => void;
  finish: () => ImportPreview;
}

function previewBuilder(
  sheets: SheetData[],
  members: readonly Member[],
  units: readonly OrgUnit[],
  options: PreviewOptions,
): PreviewBuilder {
  const { sheet, layout } = pickSheet(sheets);
  const matcher = createMemberMatcher(members);
  const branches = new Map(units.filter((unit) => unit.kind === 'branch').map((unit) => [unitKey(unit.name), unit]));
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
  const columns = [...layout.columns].flatMap(([column, field]) => {
    const spec = COLUMN_BY_FIELD.get(field);
    return spec === undefined ? [] : [{ column, field, spec }];
  });
  const newBranches = new Map<string, string>();
  const newGroups = new Map<string, { branch: string; group: string }>();
  const seen = new Map<string, number>();
  const rows: PreviewRow[] = [];
  let emptyRows = 0;

  const readRow = (cells: SheetCell[], offset: number) => {
    const rowNumber = layout.headerRowIndex + 2 + offset;
    const original: Partial<Record<RosterField, SheetCell>> = {};
    const values: Partial<Record<RosterField, string>> = {};
    const problems: string[] = [];
    const problem = (field: string, reason: string) => problems.push(`第 ${rowNumber} 行 ${field}：${reason}`);
    for (const { column, field, spec } of columns) {
      const cell = cells[column] ?? null;
      original[field] = cell;
      const read = readCell(spec, cell);
      if ('problem' in read) problem(spec.header, read.problem);
      else if (read.value !== '') values[field] = read.value;
    }
    if (Object.keys(values).length === 0 && problems.length === 0) {
      emptyRows += 1;
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
    if (values.lostContact !== undefined) draft.lostContact = values.lostContact === '是';
    if (values.floating !== undefined) draft.floating = values.floating === '是';
    // A destination without a 是否流动党员 column means the member is floating.
    else if (values.floatingProvince !== undefined || values.floatingCity !== undefined) draft.floating = true;
    if (values.idNumber !== undefined && values.birthDate === undefined && idCheck?.ok === true) draft.birthDate = '';
    if (values.idNumber !== undefined && values.gender === undefined && idCheck?.ok === true) draft.gender = '';

    const branchName = values.branch ?? '';
    const groupName = values.group ?? '';
    if (branchName !== '') {
      const branch = branches.get(unitKey(branchName));
      if (branch?.retiredAt !== undefined) problem(headerOf('branch'), `“${branchName}”已撤销`);
      if (branch !== undefined) {
        draft.branchId = branch.id;
      } else if (options.createMissingUnits) {
        newBranches.set(unitKey(branchName), branchName);
        draft.branchId = NEW_BRANCH_PREFIX + unitKey(branchName);
      } else {
        problem(headerOf('branch'), `党支部“${branchName}”不存在`);
      }
    }
    if (groupName !== '') {
      const group =
        branches.get(unitKey(branchName)) === undefined ? undefined : groupsOf(draft.branchId).get(unitKey(groupName));
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
    } else if (branchName !== '' && existing !== undefined && draft.branchId !== existing.branchId) {
      draft.groupId = '';
    }

    const { errors, fields } = validateMemberDraft(draft, options.today);
    for (const [field, reason] of Object.entries(errors)) {
      // The cell reader already explained a cell it could not read.
      const header = headerOfDraft(field);
      if (!problems.some((text) => text.includes(` ${header}：`))) problem(header, reason);
    }

    const key = candidate.idNumber ?? `${name}|${candidate.birthDate ?? ''}`;
    const firstRow = seen.get(key);
    if (firstRow !== undefined && name !== '') {
      problem(
        candidate.idNumber === undefined ? '姓名' : headerOf('idNumber'),
        `与第 ${firstRow} 行是同一人，请删除重复的一行`,
      );
    } else if (name !== '') {
      seen.set(key, rowNumber);
    }

    const base = { rowNumber, name, branchName, groupName, original };
    if (problems.length > 0 || fields === undefined) {
      rows.push({ ...base, status: 'error', problems, changes: [] });
    } else if (existing === undefined) {
      rows.push({ ...base, status: 'new', problems, changes: [], fields });
    } else {
      const changes = changedFields(existing, fields);
      const restores = existing.deletedAt !== undefined;
      if (restores) changes.unshift('从回收站恢复');
      rows.push({
        ...base,
        status: changes.length === 0 ? 'unchanged' : 'update',
        problems,
        changes,
        fields,
        existingId: existing.id,
        restores,
      });
    }
  };

  const finish = (): ImportPreview => {
    const counts: Record<RowStatus, number> = { new: 0, update: 0, unchanged: 0, error: 0 };
    for (const row of rows) counts[row.status] += 1;
    const usedBranches = new Set(rows.filter((row) => row.status !== 'error').map((row) => unitKey(row.branchName)));
    const usedGroups = new Set(
      rows.filter((row) => row.status !== 'error').map((row) => `${unitKey(row.branchName)}/${unitKey(row.groupName)}`),
    );
    return {
      sheetName: sheet.name,
      rows,
      newBranches: [...newBranches.entries()].filter(([key]) => usedBranches.has(key)).map(([, name]) => name),
      newGroups: [...newGroups.entries()].filter(([key]) => usedGroups.has(key)).map(([, value]) => value),
      counts,
      emptyRows,
    };
  };
  return { dataRows: sheet.rows.slice(layout.headerRowIndex + 1), readRow, finish };
}

/** Reads every row against the stored roster: new, will update, unchanged, or error with its reasons. */
export function buildImportPreview(
  sheets: SheetData[],
  members: readonly Member[],
  units: readonly OrgUnit[],
  options: PreviewOptions,
): ImportPreview {
  const builder = previewBuilder(sheets, members, units, options);
  builder.dataRows.forEach(builder.readRow);
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
  for (const [offset, cells] of builder.dataRows.entries()) {
    if (slicer.due()) await slicer.pause();
    builder.readRow(cells, offset);
  }
  return builder.finish();
}
