import { LedgerDatabase } from '../../../renderer/src/db/database';
import {
  applyExchangeImport,
  buildExchangePackage,
  getDeskIdentity,
  previewExchangeImport,
  registerPartner,
  saveDeskIdentity,
} from '../../../renderer/src/db/repositories/exchange-repository';
import { decodeExchangePackage, encodeExchangePackage } from '../../../renderer/src/io/exchange-file';
import type { ExchangeRun } from './bench-api';
import { deleteDatabase, openRaw, shapeOf, timedPutLoop } from './raw-indexeddb';

const BRANCH_DESK_DATABASE = 'bench-branch-desk';

/**
 * One branch's package from the community desk (the seeded store) to a new branch desk: made, written
 * to bytes, read back and merged, as the 交换与汇总 page does. Beside it, the package's rows written by
 * a bare put loop into a store of the same shape. The seeded store is put back as it was afterwards
 * (desk identity, partner and sent-package record removed), so the cached profile stays as generated.
 */
export async function runExchange(
  source: LedgerDatabase,
  longestTaskSince: (since: number) => number,
): Promise<ExchangeRun> {
  const branch = (await source.orgUnits.toArray()).find((unit) => unit.kind === 'branch');
  if (branch === undefined) throw new Error('没有支部');
  const identityBefore = await source.settings.get('desk');
  await deleteDatabase(BRANCH_DESK_DATABASE);
  const desk = new LedgerDatabase(BRANCH_DESK_DATABASE);
  await desk.open();
  const community =
    (await getDeskIdentity(source)) ??
    (await saveDeskIdentity(source, { deskName: '社区', scope: { kind: 'community' } }));
  const scope = { kind: 'branch' as const, branchId: branch.id, branchName: branch.name };
  const branchDesk = await saveDeskIdentity(desk, { deskName: '支部', scope: { kind: 'community' } });
  await registerPartner(desk, { id: community.deskId, name: community.deskName, scope: { kind: 'community' } });
  await registerPartner(source, { id: branchDesk.deskId, name: '支部', scope });
  try {
    const start = performance.now();
    const { pkg, rows } = await buildExchangePackage(source, branchDesk.deskId, 'bench');
    const bytes = await encodeExchangePackage(pkg);
    const writeMs = performance.now() - start;
    const mergeStart = performance.now();
    const read = await decodeExchangePackage(bytes, 'bench.pdx');
    await applyExchangeImport(desk, await previewExchangeImport(desk, read), new Map());
    const mergeMs = performance.now() - mergeStart;
    const longestTaskMs = longestTaskSince(start);
    const raw = await openRaw(BRANCH_DESK_DATABASE);
    const shape = shapeOf(raw, Object.keys(pkg.tables));
    raw.close();
    const records = new Map(Object.entries(pkg.tables));
    const rawWriteMs = await timedPutLoop(shape, records);
    return { writeMs, mergeMs, ms: writeMs + mergeMs, rows, bytes: bytes.byteLength, rawWriteMs, longestTaskMs };
  } finally {
    desk.close();
    await deleteDatabase(BRANCH_DESK_DATABASE);
    await source.exchangePartners.delete(branchDesk.deskId);
    await source.exchangeSent.where('partnerId').equals(branchDesk.deskId).delete();
    if (identityBefore === undefined) await source.settings.delete('desk');
    else await source.settings.put(identityBefore);
  }
}
