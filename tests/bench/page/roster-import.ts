import { LedgerDatabase } from '../../../renderer/src/db/database';
import { applyRosterImport } from '../../../renderer/src/db/repositories/roster-import-repository';
import { todayIso } from '../../../renderer/src/domain/entities/dates';
import { buildRosterExport } from '../../../renderer/src/io/roster-export/roster-workbook';
import { buildImportPreviewInSlices } from '../../../renderer/src/io/roster-import/preview';
import { readSpreadsheet } from '../../../renderer/src/io/roster-import/read-spreadsheet';
import type { Member } from '../../../renderer/src/domain/entities/member';
import type { OrgUnit } from '../../../renderer/src/domain/entities/organisation';
import { generateSampleOffice } from '../../../renderer/src/domain/sample-data/generate-sample-office';
import type { ImportRun } from './bench-api';
import { seedOptions } from './seed-options';
import { deleteDatabase } from './raw-indexeddb';

const IMPORT_DATABASE = 'bench-roster-import';

async function asLegacyXls(xlsx: Uint8Array): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const workbook = XLSX.read(xlsx, { type: 'array', cellDates: true });
  return new Uint8Array(XLSX.write(workbook, { bookType: 'biff8', type: 'array' }) as ArrayBuffer);
}

/** A store with fewer members than the sheet asks for (10,000 rows tried at M): the generator makes them. */
function generatedRoster(rows: number): { members: Member[]; units: OrgUnit[] } {
  const members: Member[] = [];
  const units: OrgUnit[] = [];
  const spec = { name: 'L' as const, members: rows, years: 1 };
  for (const batch of generateSampleOffice(seedOptions(spec, todayIso()))) {
    if (batch.table === 'members') members.push(...batch.rows);
    else if (batch.table === 'orgUnits') units.push(...batch.rows);
    if (members.length >= rows && units.length > 0) break;
  }
  return { members: members.slice(0, rows), units };
}

/**
 * The office's first day: its Excel roster of `rows` members (made by the app's own export from the
 * stored generated members, untimed) imported into an empty store — read + preview, then confirm —
 * exactly as the import dialog calls them. Beside it, the records the import wrote are written again by a
 * bare put loop into a store of the same shape.
 */
export async function importRoster(
  source: LedgerDatabase,
  rows: number,
  longestTaskSince: (since: number) => number,
  rawCopyWrite: (database: string, stores: readonly string[]) => Promise<{ ms: number }>,
  format: 'xlsx' | 'xls' = 'xlsx',
): Promise<ImportRun> {
  const stored = (await source.members.toArray()).filter((member) => member.deletedAt === undefined);
  const { members, units } =
    stored.length >= rows
      ? { members: stored.slice(0, rows), units: await source.orgUnits.toArray() }
      : generatedRoster(rows);
  const exported = await buildRosterExport(members, units, '党员名册', { fullIdNumbers: true });
  // The legacy twin: the same workbook saved as Excel 97-2003 (untimed, like the export).
  const bytes = format === 'xls' ? await asLegacyXls(exported) : exported;
  await deleteDatabase(IMPORT_DATABASE);
  const target = new LedgerDatabase(IMPORT_DATABASE);
  await target.open();
  try {
    const start = performance.now();
    const sheets = await readSpreadsheet(bytes, `党员名册.${format}`);
    const preview = await buildImportPreviewInSlices(sheets, [], [], { createMissingUnits: true, today: todayIso() });
    const previewMs = performance.now() - start;
    const confirmStart = performance.now();
    await applyRosterImport(target, preview);
    const confirmMs = performance.now() - confirmStart;
    const longestTaskMs = longestTaskSince(start);
    const written = await target.members.count();
    const stores = target.tables.filter((table) => table.name !== 'settings').map((table) => table.name);
    target.close();
    const raw = await rawCopyWrite(IMPORT_DATABASE, stores);
    return { previewMs, confirmMs, totalMs: previewMs + confirmMs, rows: written, rawWriteMs: raw.ms, longestTaskMs };
  } finally {
    target.close();
    await deleteDatabase(IMPORT_DATABASE);
  }
}
