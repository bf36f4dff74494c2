import { describe, expect, it } from 'vitest';
import { parseTypedDate, parseTypedMonth, parseTypedTime } from '../../../renderer/src/domain/rules/typed-date';

describe('a date typed into a form field', () => {
  it.each([
    ['2013.5.28', '2013-05-28'],
    ['2013年5月28日', '2013-05-28'],
    ['20130528', '2013-05-28'],
    ['2013-05-28', '2013-05-28'],
    ['2013/5/28', '2013-05-28'],
    [' 2013 . 5 . 28 ', '2013-05-28'],
  ])('%s reads as %s', (text, iso) => {
    expect(parseTypedDate(text)).toEqual({ ok: true, value: iso });
  });

  it('a month without its day asks for the day', () => {
    expect(parseTypedDate('2013.5')).toEqual({ ok: false, reason: '请写到日，例如 2013-05-01' });
  });

  it('a bare number that is not eight digits is refused, not read as an Excel serial', () => {
    expect(parseTypedDate('41422')).toMatchObject({ ok: false });
    expect(parseTypedDate('2013052')).toMatchObject({ ok: false });
  });

  it('an impossible day is named', () => {
    expect(parseTypedDate('2013.2.30')).toEqual({ ok: false, reason: '日期不存在：2013年2月30日' });
    expect(parseTypedDate('')).toEqual({ ok: false, reason: '请填写日期' });
  });
});

describe('a time typed in 24-hour form', () => {
  it.each([
    ['14:30', '14:30'],
    ['14：30', '14:30'],
    ['14.30', '14:30'],
    ['1430', '14:30'],
    ['930', '09:30'],
    ['9', '09:00'],
    ['14点30分', '14:30'],
    ['14点', '14:00'],
    ['下午2点30', '14:30'],
    ['上午9点', '09:00'],
    ['23:59', '23:59'],
  ])('%s reads as %s', (text, value) => {
    expect(parseTypedTime(text)).toEqual({ ok: true, value });
  });

  it('24:00 and 14:60 do not exist', () => {
    expect(parseTypedTime('24:00')).toMatchObject({ ok: false });
    expect(parseTypedTime('14:60')).toMatchObject({ ok: false });
    expect(parseTypedTime('午后')).toMatchObject({ ok: false });
  });
});

describe('a month typed the Chinese way', () => {
  it.each([
    ['2024-05', '2024-05'],
    ['2024.5', '2024-05'],
    ['2024年5月', '2024-05'],
    ['202405', '2024-05'],
  ])('%s reads as %s', (text, value) => {
    expect(parseTypedMonth(text)).toEqual({ ok: true, value });
  });

  it('month 13 is refused', () => {
    expect(parseTypedMonth('2024.13')).toMatchObject({ ok: false });
  });
});
