import { describe, expect, it } from 'vitest';
import { confirmationDueDate, parseFlexibleDate } from '../../../renderer/src/domain/rules/flexible-date';

describe('dates as offices type them', () => {
  it.each([
    ['2013.5.28', '2013-05-28'],
    ['2013-05-28', '2013-05-28'],
    ['2013/5/28', '2013-05-28'],
    ['2013年5月28日', '2013-05-28'],
    [' 2013 年 5 月 28 日 ', '2013-05-28'],
    ['20130528', '2013-05-28'],
    ['２０１３．５．２８', '2013-05-28'],
  ])('%s is %s', (text, iso) => {
    expect(parseFlexibleDate(text)).toEqual({ ok: true, date: iso });
  });

  it('a year and month only (201305, 2013.5, 2013年5月) is the 1st of the month', () => {
    for (const text of ['201305', '2013.5', '2013年5月', '2013-05']) {
      expect(parseFlexibleDate(text)).toEqual({ ok: true, date: '2013-05-01', partial: 'month' });
    }
    expect(parseFlexibleDate(201305)).toEqual({ ok: true, date: '2013-05-01', partial: 'month' });
  });

  it('Excel serial numbers, as numbers or text, become dates', () => {
    expect(parseFlexibleDate(41422)).toEqual({ ok: true, date: '2013-05-28' });
    expect(parseFlexibleDate('41422')).toEqual({ ok: true, date: '2013-05-28' });
    expect(parseFlexibleDate(1)).toEqual({ ok: true, date: '1900-01-01' });
    expect(parseFlexibleDate(61)).toEqual({ ok: true, date: '1900-03-01' });
  });

  it('date cells from exceljs (UTC midnight) keep their day', () => {
    expect(parseFlexibleDate(new Date(Date.UTC(2013, 4, 28)))).toEqual({ ok: true, date: '2013-05-28' });
  });

  it('impossible and unreadable dates are explained', () => {
    expect(parseFlexibleDate('2013.2.30')).toEqual({ ok: false, reason: '日期不存在：2013年2月30日' });
    expect(parseFlexibleDate('去年')).toMatchObject({ ok: false });
  });

  it('转正 is due one year after joining', () => {
    expect(confirmationDueDate('2025-03-01')).toBe('2026-03-01');
    expect(confirmationDueDate('2024-02-29')).toBe('2025-02-28');
  });
});
