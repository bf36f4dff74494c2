import type { ExchangePackage } from '../../domain/entities/exchange';
import { LedgerDatabase } from '../database';
import { nowIso } from '../records';
import {
  applyExchangeImport,
  buildExchangePackage,
  ExchangeError,
  getDeskIdentity,
  previewExchangeImport,
  registerPartner,
  saveDeskIdentity,
} from './exchange-repository';

/** The scratch store of the pretend branch laptop; removed again when its package is made. */
const SAMPLE_DESK_DATABASE = 'party-edu-ledger-sample-desk';

/**
 * "先试一试": a pretend branch secretary's laptop, so an office can try an exchange on one PC. It is
 * registered on both sides, receives its branch from this desk, takes attendance at the branch's last
 * meeting and changes a member's phone — then hands back the package this desk would get from a real
 * laptop. The office imports it the ordinary way (preview, 确认导入, 撤销).
 */
export async function samplePackageFromBranchDesk(db: LedgerDatabase, appVersion: string): Promise<ExchangePackage> {
  const identity = await getDeskIdentity(db);
  if (identity === null) throw new ExchangeError('请先保存“本机交换信息”。');
  const branch = (await db.orgUnits.toArray()).find((unit) => unit.kind === 'branch' && unit.deletedAt === undefined);
  if (branch === undefined) throw new ExchangeError('台账中还没有党支部：请先建立组织架构或载入示例数据。');
  const sampleName = `${branch.name}书记（示例）`;
  if ((await db.exchangePartners.toArray()).some((partner) => partner.name === sampleName)) {
    throw new ExchangeError(`已经有“${sampleName}”了；要再试一次，请用真实的第二台电脑。`);
  }
  await LedgerDatabase.delete(SAMPLE_DESK_DATABASE);
  const laptop = new LedgerDatabase(SAMPLE_DESK_DATABASE);
  await laptop.open();
  try {
    const scope = { kind: 'branch' as const, branchId: branch.id, branchName: branch.name };
    const laptopIdentity = await saveDeskIdentity(laptop, { deskName: sampleName, scope: { kind: 'community' } });
    await registerPartner(laptop, { id: identity.deskId, name: identity.deskName, scope: identity.scope });
    await registerPartner(db, { id: laptopIdentity.deskId, name: sampleName, scope });
    const { pkg } = await buildExchangePackage(db, laptopIdentity.deskId, appVersion);
    await applyExchangeImport(laptop, await previewExchangeImport(laptop, pkg), new Map());
    // What the secretary did on the laptop: the branch's last meeting marked, one phone number corrected.
    const now = nowIso();
    const meeting = (await laptop.activities.orderBy('date').reverse().toArray()).find(
      (activity) => activity.status === 'held' && activity.orgUnitIds.includes(branch.id),
    );
    if (meeting !== undefined) {
      const rows = await laptop.attendance.where('activityId').equals(meeting.id).toArray();
      await laptop.attendance.bulkPut(
        rows
          .filter((row) => row.status === 'absent' || row.status === 'unmarked')
          .map((row) => ({ ...row, status: 'present' as const, hours: meeting.hours, updatedAt: now })),
      );
    }
    const member = await laptop.members.orderBy('name').first();
    if (member !== undefined) await laptop.members.put({ ...member, phone: '13800000000', updatedAt: now });
    return (await buildExchangePackage(laptop, identity.deskId, appVersion)).pkg;
  } finally {
    laptop.close();
    await LedgerDatabase.delete(SAMPLE_DESK_DATABASE);
  }
}
