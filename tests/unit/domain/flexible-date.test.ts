import { describe, expect, it } from 'vitest';
import { dateText, memberDateText } from '../../../renderer/src/domain/rules/date-precision';
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

  it.each([
    ['1954.09', '1954-09-01'],
    ['1954.9', '1954-09-01'],
    ['1954年9月', '1954-09-01'],
    ['195409', '1954-09-01'],
    ['1954/09', '1954-09-01'],
    [' 1954 年 9 月 ', '1954-09-01'],
  ])('出生年月 %s is the month %s, marked as a month', (text, iso) => {
    expect(parseFlexibleDate(text)).toEqual({ ok: true, date: iso, partial: 'month' });
  });

  it('a year.month typed into a number cell: two decimals are the month, 1954.1 lost the 0 of October', () => {
    expect(parseFlexibleDate(1954.09)).toEqual({ ok: true, date: '1954-09-01', partial: 'month' });
    expect(parseFlexibleDate(1954.1)).toEqual({ ok: true, date: '1954-10-01', partial: 'month' });
    expect(parseFlexibleDate(1954.11)).toEqual({ ok: true, date: '1954-11-01', partial: 'month' });
    expect(parseFlexibleDate(1954.12)).toEqual({ ok: true, date: '1954-12-01', partial: 'month' });
    expect(parseFlexibleDate(1954.9)).toEqual({ ok: true, date: '1954-09-01', partial: 'month' });
    expect(parseFlexibleDate(1954.13)).toMatchObject({ ok: false });
    // As text, 1954.1 is January: only the number lost a digit.
    expect(parseFlexibleDate('1954.1')).toEqual({ ok: true, date: '1954-01-01', partial: 'month' });
  });

  it('a month-only date prints as the month, a full date as stored', () => {
    expect(dateText('1985-06-01', true)).toBe('1985.06');
    expect(dateText('1985-06-01', false)).toBe('1985-06-01');
    expect(memberDateText({ joinDate: '1985-06-01', monthOnlyDates: ['joinDate'] }, 'joinDate')).toBe('1985.06');
    expect(memberDateText({ birthDate: '1954-09-15', monthOnlyDates: ['joinDate'] }, 'birthDate')).toBe('1954-09-15');
    expect(memberDateText({}, 'workStartDate')).toBe('');
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
