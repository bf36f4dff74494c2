import type { CareRound, CareVisit } from '../../domain/entities/care';
import { formatFen, sumFen } from '../../domain/rules/money';
import { getPlatform } from '../../platform/api';
import type { CarePeople } from './use-care';

/** 慰问签收表 of a round: everyone on its list, with what their visit gave when it is recorded. */
export async function saveCareSignSheet(round: CareRound, visits: CareVisit[], people: CarePeople): Promise<boolean> {
  const { buildCareSignSheet } = await import('../../documents/care-sign-sheet');
  const rows = round.memberIds.map((memberId) => {
    const member = people.byId.get(memberId);
    const visit = visits.find((v) => v.memberId === memberId);
    return {
      name: member?.name ?? '',
      unit: member === undefined ? '' : (people.unitName.get(member.branchId) ?? ''),
      gifts: visit?.gifts ?? '',
      amount: visit === undefined ? '' : formatFen(visit.amountFen),
      source: visit?.source ?? '',
    };
  });
  const bytes = await buildCareSignSheet({
    title: `${round.title}慰问签收表`,
    rows,
    totalAmount: formatFen(sumFen(visits.map((v) => v.amountFen))),
  });
  const saved = await getPlatform().saveFile(bytes, `${round.title}慰问签收表.docx`, [
    { name: 'Word 文档', extensions: ['docx'] },
  ]);
  return saved !== null;
}
