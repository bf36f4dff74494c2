import { describe, expect, it } from 'vitest';
import { termReminder } from '../../../../../renderer/src/domain/rules/term-of-office';

describe('换届 (term of office)', () => {
  const unit = { id: 'c', name: '社区党委', termStart: '2021-07-01', termYears: 5 };

  it('reminds from six months before the term ends, not a day earlier', () => {
    expect(termReminder(unit, '2025-12-31')).toBeNull();
    expect(termReminder(unit, '2026-01-01')).toMatchObject({ termEnd: '2026-07-01', state: 'due-soon' });
  });

  it('a term that has run out is overdue; a retired unit or one without a term is not reminded', () => {
    expect(termReminder(unit, '2026-07-02')?.state).toBe('overdue');
    expect(termReminder({ ...unit, retiredAt: '2024-01-01' }, '2026-07-02')).toBeNull();
    expect(termReminder({ id: 'b', name: '支部' }, '2026-07-02')).toBeNull();
  });

  it('the default term is five years', () => {
    expect(termReminder({ id: 'b', name: '支部', termStart: '2023-03-01' }, '2027-09-01')?.termEnd).toBe('2028-03-01');
  });
});
