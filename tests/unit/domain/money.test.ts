import { describe, expect, it } from 'vitest';
import { formatFen, parseYuanToFen, sumFen } from '../../../renderer/src/domain/rules/money';

describe('yuan amounts are parsed to exact integer fen', () => {
  it.each([
    ['1,234.50', 123450],
    ['1234.5', 123450],
    ['１２３４.５', 123450],
    ['１，２３４．５０', 123450],
    ['0.1', 10],
    ['0.29', 29],
    ['12', 1200],
    ['￥88.8', 8880],
    ['  300 元 ', 30000],
    ['1.', 100],
  ])('“%s” is %i fen', (text, fen) => {
    expect(parseYuanToFen(text)).toEqual({ ok: true, fen });
  });

  it('a negative amount is refused with a clear message', () => {
    expect(parseYuanToFen('-5')).toEqual({ ok: false, message: '金额不能为负数' });
  });

  it('text that is not a number is refused, quoting what was typed', () => {
    const result = parseYuanToFen('一百元');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('“一百元”不是有效的金额');
    expect(parseYuanToFen('12,34').ok).toBe(false);
    expect(parseYuanToFen('1e3').ok).toBe(false);
    expect(parseYuanToFen('').ok).toBe(false);
  });

  it('more than two decimals is refused rather than rounded', () => {
    expect(parseYuanToFen('1.005')).toEqual({ ok: false, message: '金额最多两位小数（精确到分）' });
  });

  it('fen format back as yuan with thousands separators and two decimals', () => {
    expect(formatFen(123450)).toBe('1,234.50');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(-100)).toBe('-1.00');
    expect(formatFen(100000000)).toBe('1,000,000.00');
  });

  it('sums many small amounts without floating-point drift', () => {
    const tenCents = Array.from({ length: 1000 }, () => parseYuanToFen('0.1')).map((result) =>
      result.ok ? result.fen : 0,
    );
    expect(sumFen(tenCents)).toBe(10000);
    expect(() => sumFen([0.5])).toThrow();
  });
});
