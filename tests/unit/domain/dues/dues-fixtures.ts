import type { DuesPayment, DuesProfile } from '../../../../renderer/src/domain/entities/dues';

let counter = 0;
const id = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const NOW = '2026-01-01T00:00:00.000Z';

export function profile(fields: Partial<DuesProfile> & Pick<DuesProfile, 'category'>): DuesProfile {
  return { id: id(), createdAt: NOW, updatedAt: NOW, memberId: 'm1', effectiveFrom: '2025-01', ...fields };
}

export function payment(months: string[], fen = 1000, fields: Partial<DuesPayment> = {}): DuesPayment {
  return {
    id: id(),
    createdAt: NOW,
    updatedAt: NOW,
    memberId: 'm1',
    branchId: 'b1',
    kind: 'regular',
    months,
    monthAmountsFen: months.map(() => fen),
    amountFen: fen * months.length,
    date: '2026-01-10',
    way: '现金',
    ...fields,
  };
}
