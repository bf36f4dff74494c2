import type { Table } from 'dexie';
import type {
  DeskIdentity,
  DeskScope,
  ExchangeBase,
  ExchangeImportLog,
  ExchangePackage,
  ExchangePartner,
  ExchangeSent,
  ExchangeTombstone,
} from '../../domain/entities/exchange';
import {
  deskIdentitySchema,
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  exchangePartnerSchema,
} from '../../domain/entities/exchange';
import type { IncomingDecision, Row, SequenceCheck } from '../../domain/rules/exchange-merge';
import { changedFields, checkSequence, decideIncoming } from '../../domain/rules/exchange-merge';
import type { LedgerDatabase } from '../database';
import { nowIso } from '../records';
import { tombstoneFor } from '../../domain/entities/tombstone';
import { tablePages } from '../table-pages';
import { LOCAL_TABLES, scopeTest } from './exchange-scope';
import type { MemberYear } from './study-summary-repository';
import { recomputeStudySummaries, studySummaryTables } from './study-summary-repository';

const DESK_KEY = 'desk';

export class ExchangeError extends Error {}

function baseId(partnerId: string, table: string, id: string): string {
  return `${partnerId}|${table}|${id}`;
}

function text(row: Row, key: string): string | undefined {
  return typeof row[key] === 'string' ? row[key] : undefined;
}

export async function getDeskIdentity(db: LedgerDatabase): Promise<DeskIdentity | null> {
  const row = await db.settings.get(DESK_KEY);
  const parsed = deskIdentitySchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/** Names this desk and what it holds; its id is made once and never changes. */
export async function saveDeskIdentity(
  db: LedgerDatabase,
  fields: { deskName: string; scope: DeskScope },
): Promise<DeskIdentity> {
  const existing = await getDeskIdentity(db);
  const identity = deskIdentitySchema.parse({ deskId: existing?.deskId ?? crypto.randomUUID(), ...fields });
  await db.settings.put({ key: DESK_KEY, value: identity, updatedAt: nowIso() });
  return identity;
}

export async function listPartners(db: LedgerDatabase): Promise<ExchangePartner[]> {
  return (await db.exchangePartners.toArray()).sort((a, b) => a.registeredAt.localeCompare(b.registeredAt));
}

/** Registers a partner desk by the code shown on it; a package from an unregistered desk is refused. */
export async function registerPartner(
  db: LedgerDatabase,
  fields: { id: string; name: string; scope: DeskScope },
): Promise<ExchangePartner> {
  const identity = await getDeskIdentity(db);
  if (identity === null) throw new ExchangeError('请先填写“本机交换信息”（本机名称和所管范围）。');
  if (fields.id.trim() === identity.deskId) throw new ExchangeError('这是本机自己的登记码，请填写对方电脑的登记码。');
  if ((await db.exchangePartners.get(fields.id.trim())) !== undefined) {
    throw new ExchangeError('这台电脑已经登记过了。');
  }
  const now = nowIso();
  const partner = exchangePartnerSchema.parse({
    ...fields,
    id: fields.id.trim(),
    lastSentSeq: 0,
    lastReceivedSeq: 0,
    registeredAt: now,
    updatedAt: now,
  });
  await db.exchangePartners.add(partner);
  return partner;
}

function exchangedTables(db: LedgerDatabase): Table[] {
  return db.tables.filter((table) => !LOCAL_TABLES.has(table.name) && table.schema.primKey.keyPath === 'id');
}

function tombstoneTable(db: LedgerDatabase): Table | undefined {
  return db.tables.find((table) => table.name === 'tombstones');
}

async function basesOf(db: LedgerDatabase, partnerId: string): Promise<Map<string, string>> {
  const rows = await db.exchangeBases.where('partnerId').equals(partnerId).toArray();
  return new Map(rows.map((row) => [row.id, row.updatedAt]));
}

export interface BuiltPackage {
  pkg: ExchangePackage;
  rows: number;
}

/**
 * The next package for `partnerId`: every record in the partner's scope whose version differs from the
 * one the partner is known to have (its base), and the purges it has not been told of. Records sent
 * before and not yet confirmed are sent again (a lost package loses nothing; the receiver finds them
 * unchanged). The package's number and what it carried are recorded in the same transaction.
 */
export async function buildExchangePackage(
  db: LedgerDatabase,
  partnerId: string,
  appVersion: string,
): Promise<BuiltPackage> {
  const identity = await getDeskIdentity(db);
  if (identity === null) throw new ExchangeError('请先填写“本机交换信息”。');
  const partner = await db.exchangePartners.get(partnerId);
  if (partner === undefined) throw new ExchangeError('没有登记这台电脑。');
  const inScope = await scopeTest(db, partner.scope);
  const bases = await basesOf(db, partnerId);
  const tables: Record<string, Row[]> = {};
  const basedOn: Record<string, Record<string, string>> = {};
  const sent: ExchangeSent['rows'] = [];
  for (const table of exchangedTables(db)) {
    for await (const page of tablePages(table)) {
      for (const value of page) {
        const row = value as Row;
        const id = text(row, 'id');
        const updatedAt = text(row, 'updatedAt');
        if (id === undefined || updatedAt === undefined || !inScope(table.name, row)) continue;
        const base = bases.get(baseId(partnerId, table.name, id));
        if (base === updatedAt) continue;
        (tables[table.name] ??= []).push(row);
        if (base !== undefined) (basedOn[table.name] ??= {})[id] = base;
        sent.push({ table: table.name, id, updatedAt });
      }
    }
  }
  const tombstones: ExchangeTombstone[] = [];
  const tombs = tombstoneTable(db);
  if (tombs !== undefined) {
    for (const value of await tombs.toArray()) {
      const tomb = value as Row;
      const table = text(tomb, 'tableName');
      const id = text(tomb, 'recordId');
      const at = text(tomb, 'purgedAt') ?? '';
      if (table === undefined || id === undefined || LOCAL_TABLES.has(table)) continue;
      if (bases.get(baseId(partnerId, `purged:${table}`, id)) !== undefined) continue;
      tombstones.push({ table, id, at });
      sent.push({ table: `purged:${table}`, id, updatedAt: at });
    }
  }
  const seq = partner.lastSentSeq + 1;
  const now = nowIso();
  const pkg: ExchangePackage = {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    appVersion,
    from: { deskId: identity.deskId, deskName: identity.deskName, scope: identity.scope },
    to: { deskId: partner.id, deskName: partner.name },
    seq,
    createdAt: now,
    tables,
    basedOn,
    ack: partner.lastReceivedSeq,
    tombstones,
  };
  await db.transaction('rw', db.exchangePartners, db.exchangeSent, async () => {
    await db.exchangeSent.put({ id: `${partnerId}|${seq}`, partnerId, seq, rows: sent });
    await db.exchangePartners.update(partnerId, { lastSentSeq: seq, updatedAt: now });
  });
  return { pkg, rows: sent.length };
}

export interface IncomingItem {
  table: string;
  id: string;
  decision: IncomingDecision;
  incoming: Row;
  local?: Row;
  /** Fields that differ, for a conflict shown side by side. */
  fields: string[];
}

export interface PurgeItem {
  table: string;
  id: string;
  /** delete: this desk had not changed it; kept: it changed it since (a person sees this); absent: nothing here. */
  action: 'delete' | 'kept' | 'absent';
  local?: Row;
}

export interface ExchangePreview {
  pkg: ExchangePackage;
  partner: ExchangePartner;
  sequence: SequenceCheck;
  items: IncomingItem[];
  purges: PurgeItem[];
  counts: Record<IncomingDecision, number>;
}

/**
 * Reads a package against this desk without writing anything: who sent it, whether it is the next one,
 * and for every record whether it is new, the same, newer here or there, or a conflict.
 */
export async function previewExchangeImport(db: LedgerDatabase, pkg: ExchangePackage): Promise<ExchangePreview> {
  const identity = await getDeskIdentity(db);
  if (identity === null) throw new ExchangeError('请先填写“本机交换信息”，再导入交换包。');
  if (pkg.to.deskId !== identity.deskId) {
    throw new ExchangeError(`这个交换包是发给“${pkg.to.deskName}”的，不是本机（${identity.deskName}），没有导入。`);
  }
  const partner = await db.exchangePartners.get(pkg.from.deskId);
  if (partner === undefined) {
    throw new ExchangeError(
      `这个交换包来自没有登记的电脑“${pkg.from.deskName}”，没有导入。请先在“已登记的电脑”中登记它（登记码 ${pkg.from.deskId}）。`,
    );
  }
  const sequence = checkSequence(pkg.seq, partner.lastReceivedSeq);
  if (sequence.kind === 'duplicate') {
    throw new ExchangeError(
      `“${partner.name}”的第 ${pkg.seq} 号交换包已经导入过（或已被更新的包包含），本机没有任何改动。`,
    );
  }
  const inScope = await scopeTest(db, identity.scope, pkg.tables);
  const outside = Object.entries(pkg.tables).reduce(
    (count, [table, rows]) => count + rows.filter((row) => !inScope(table, row)).length,
    0,
  );
  if (identity.scope.kind === 'branch' && outside > 0) {
    throw new ExchangeError(`交换包中有 ${outside} 条记录不属于本机所管的${identity.scope.branchName}，没有导入。`);
  }
  const bases = await basesOf(db, partner.id);
  const items: IncomingItem[] = [];
  const counts: Record<IncomingDecision, number> = { add: 0, same: 0, take: 0, keep: 0, conflict: 0 };
  const known = new Set(db.tables.map((table) => table.name));
  const tombs = tombstoneTable(db);
  for (const [table, rows] of Object.entries(pkg.tables)) {
    if (LOCAL_TABLES.has(table) || !known.has(table)) {
      throw new ExchangeError(`交换包中的“${table}”不是本程序版本认识的数据，请先把两台电脑的程序升级到同一版本。`);
    }
    const ids = rows.map((row) => text(row, 'id') ?? '');
    if (ids.some((id) => id === '')) throw new ExchangeError('交换包中有缺少编号的记录，文件可能被改动过，没有导入。');
    const locals = (await db.table(table).bulkGet(ids)) as (Row | undefined)[];
    const purgedHere = new Set(
      tombs === undefined
        ? []
        : ((await tombs.bulkGet(ids.map((id) => `${table}:${id}`))) as (Row | undefined)[])
            .filter((tomb) => tomb !== undefined)
            .map((tomb) => text(tomb, 'recordId') ?? ''),
    );
    rows.forEach((incoming, index) => {
      const id = ids[index] ?? '';
      if (purgedHere.has(id)) {
        counts.same += 1;
        return;
      }
      const local = locals[index];
      const decision = decideIncoming(
        incoming,
        pkg.basedOn[table]?.[id],
        local,
        bases.get(baseId(partner.id, table, id)),
      );
      counts[decision] += 1;
      items.push({
        table,
        id,
        decision,
        incoming,
        ...(local === undefined ? {} : { local }),
        fields: local === undefined ? [] : changedFields(local, incoming),
      });
    });
  }
  const purges: PurgeItem[] = [];
  for (const tomb of pkg.tombstones) {
    if (!known.has(tomb.table) || LOCAL_TABLES.has(tomb.table)) continue;
    const local = (await db.table(tomb.table).get(tomb.id)) as Row | undefined;
    if (local === undefined) purges.push({ table: tomb.table, id: tomb.id, action: 'absent' });
    else {
      const base = bases.get(baseId(partner.id, tomb.table, tomb.id));
      const unchanged = text(local, 'updatedAt') === base;
      purges.push({ table: tomb.table, id: tomb.id, action: unchanged ? 'delete' : 'kept', local });
    }
  }
  return { pkg, partner, sequence, items, purges, counts };
}

/** A person's choice for each conflict, by `${table}|${id}`. */
export type ConflictChoices = ReadonlyMap<string, 'mine' | 'theirs'>;

export function itemKey(item: { table: string; id: string }): string {
  return `${item.table}|${item.id}`;
}

/** Summaries only for members this desk holds (a walk-in from another branch is not one of them). */
async function recountHeld(db: LedgerDatabase, stale: readonly MemberYear[]): Promise<void> {
  const ids = [...new Set(stale.map((key) => key.memberId))];
  const held = new Set((await db.members.bulkGet(ids)).filter((m) => m !== undefined).map((m) => m.id));
  await recomputeStudySummaries(
    db,
    stale.filter((key) => held.has(key.memberId)),
  );
}

function memberYearOf(table: string, row: Row | undefined): MemberYear | undefined {
  if (row === undefined || (table !== 'attendance' && table !== 'studyEntries')) return undefined;
  const memberId = text(row, 'memberId');
  const date = text(row, 'date');
  return memberId === undefined || date === undefined ? undefined : { memberId, year: Number(date.slice(0, 4)) };
}

/**
 * Applies a previewed package in ONE transaction: records added and taken, conflicts as chosen, purges,
 * the partner's confirmations, the bases, the study summaries recounted for every member-year touched,
 * and a log of what each record was before, for 撤销.
 */
export async function applyExchangeImport(
  db: LedgerDatabase,
  preview: ExchangePreview,
  choices: ConflictChoices,
): Promise<ExchangeImportLog> {
  const undecided = preview.items.filter((item) => item.decision === 'conflict' && !choices.has(itemKey(item)));
  if (undecided.length > 0) throw new ExchangeError(`还有 ${undecided.length} 处冲突没有选择保留哪一方。`);
  const { pkg, partner } = preview;
  const now = nowIso();
  const tableNames = new Set([
    ...preview.items.map((item) => item.table),
    ...preview.purges.map((purge) => purge.table),
  ]);
  const tombs = tombstoneTable(db);
  const involved = [
    ...[...tableNames].map((name) => db.table(name)),
    ...studySummaryTables(db),
    db.exchangePartners,
    db.exchangeBases,
    db.exchangeSent,
    db.exchangeImports,
    ...(tombs === undefined ? [] : [tombs]),
  ];
  const log: ExchangeImportLog = {
    id: crypto.randomUUID(),
    partnerId: partner.id,
    partnerName: partner.name,
    seq: pkg.seq,
    importedAt: now,
    before: [],
    basesBefore: [],
  };
  await db.transaction('rw', [...new Set(involved)], async () => {
    const stale: MemberYear[] = [];
    const newBases: ExchangeBase[] = [];
    const touchBase = (table: string, id: string, updatedAt: string) =>
      newBases.push({ id: baseId(partner.id, table, id), partnerId: partner.id, updatedAt });
    // The partner has our packages up to pkg.ack: what they carried is agreed — unless this package
    // says otherwise, so these go first and the package's own records after them.
    const confirmed = (await db.exchangeSent.where('partnerId').equals(partner.id).toArray()).filter(
      (sent) => sent.seq <= pkg.ack,
    );
    for (const sent of confirmed) for (const row of sent.rows) touchBase(row.table, row.id, row.updatedAt);
    await db.exchangeSent.bulkDelete(confirmed.map((sent) => sent.id));
    const writes = new Map<string, Row[]>();
    for (const item of preview.items) {
      const stamp = text(item.incoming, 'updatedAt') ?? '';
      const choice = item.decision === 'conflict' ? choices.get(itemKey(item)) : undefined;
      const write = (row: Row) => {
        log.before.push({ table: item.table, id: item.id, ...(item.local === undefined ? {} : { row: item.local }) });
        for (const key of [memberYearOf(item.table, item.local), memberYearOf(item.table, row)]) {
          if (key !== undefined) stale.push(key);
        }
        const rows = writes.get(item.table) ?? [];
        rows.push(row);
        writes.set(item.table, rows);
      };
      if (item.decision === 'add' || item.decision === 'take' || choice === 'theirs') write(item.incoming);
      else if (choice === 'mine' && item.local !== undefined) {
        // Kept here and re-stamped, so the next package carries it, marked as made knowing theirs.
        write({ ...item.local, updatedAt: now });
      }
      if (item.decision !== 'keep') touchBase(item.table, item.id, stamp);
    }
    for (const [table, rows] of writes) await db.table(table).bulkPut(rows);
    for (const purge of preview.purges) {
      // Kept here too, so that a later merge or package never brings the record back.
      if (purge.action !== 'kept') await tombs?.put(tombstoneFor(purge.table, purge.id, now));
      if (purge.action === 'delete' && purge.local !== undefined) {
        log.before.push({ table: purge.table, id: purge.id, row: purge.local });
        const key = memberYearOf(purge.table, purge.local);
        if (key !== undefined) stale.push(key);
        await db.table(purge.table).delete(purge.id);
      }
      touchBase(`purged:${purge.table}`, purge.id, now);
    }
    const previous = await db.exchangeBases.bulkGet(newBases.map((base) => base.id));
    log.basesBefore = newBases.map((base, index) => ({
      id: base.id,
      ...(previous[index] === undefined ? {} : { updatedAt: previous[index].updatedAt }),
    }));
    await db.exchangeBases.bulkPut(newBases);
    await db.exchangePartners.update(partner.id, { lastReceivedSeq: pkg.seq, updatedAt: now });
    await recountHeld(db, stale);
    await db.exchangeImports.put(log);
  });
  return log;
}

/** Puts every record the import changed back as it was, in one transaction; the package may be imported again. */
export async function undoExchangeImport(db: LedgerDatabase, logId: string): Promise<void> {
  const log = await db.exchangeImports.get(logId);
  if (log === undefined || log.undoneAt !== undefined) throw new ExchangeError('这次导入已经撤销过了。');
  const partner = await db.exchangePartners.get(log.partnerId);
  if (partner !== undefined && partner.lastReceivedSeq !== log.seq) {
    throw new ExchangeError('之后又导入过这台电脑的交换包，只能撤销最近一次导入。');
  }
  const tables = new Set(log.before.map((entry) => entry.table));
  await db.transaction(
    'rw',
    [
      ...new Set([
        ...[...tables].map((name) => db.table(name)),
        ...studySummaryTables(db),
        db.exchangeBases,
        db.exchangePartners,
        db.exchangeImports,
      ]),
    ],
    async () => {
      const stale: MemberYear[] = [];
      for (const entry of [...log.before].reverse()) {
        const current = (await db.table(entry.table).get(entry.id)) as Row | undefined;
        for (const key of [memberYearOf(entry.table, current), memberYearOf(entry.table, entry.row)]) {
          if (key !== undefined) stale.push(key);
        }
        if (entry.row === undefined) await db.table(entry.table).delete(entry.id);
        else await db.table(entry.table).put(entry.row);
      }
      for (const base of log.basesBefore) {
        if (base.updatedAt === undefined) await db.exchangeBases.delete(base.id);
        else await db.exchangeBases.put({ id: base.id, partnerId: log.partnerId, updatedAt: base.updatedAt });
      }
      await db.exchangePartners.update(log.partnerId, { lastReceivedSeq: log.seq - 1, updatedAt: nowIso() });
      await recountHeld(db, stale);
      await db.exchangeImports.update(log.id, { undoneAt: nowIso() });
    },
  );
}

export async function listExchangeImports(db: LedgerDatabase): Promise<ExchangeImportLog[]> {
  return (await db.exchangeImports.toArray()).sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}
