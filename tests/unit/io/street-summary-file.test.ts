import { describe, expect, it } from 'vitest';
import { decodeStreetSummary, encodeStreetSummary } from '../../../renderer/src/io/street-summary-file';
import { branch, summary } from '../../fixtures/street-summaries';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytesOf = (value: string) => new TextEncoder().encode(value);

describe('the community summary package (.pdsum)', () => {
  it('reads back exactly what was written', async () => {
    const original = summary('幸福社区', [branch(), branch({ name: '第二党支部' })]);
    const decoded = await decodeStreetSummary(await encodeStreetSummary(original), '幸福社区.pdsum');
    expect(decoded).toEqual(original);
  });

  it('refuses an empty file, a half-copied file and a file of another kind, each with its reason', async () => {
    const whole = await encodeStreetSummary(summary('幸福社区', [branch()]));
    await expect(decodeStreetSummary(new Uint8Array(), 'a.pdsum')).rejects.toThrow('空文件');
    await expect(decodeStreetSummary(whole.slice(0, whole.length / 2), 'a.pdsum')).rejects.toThrow('不完整');
    await expect(decodeStreetSummary(bytesOf('{"format":"party-edu-ledger-backup"}'), 'a.pdsum')).rejects.toThrow(
      '不是社区汇总包',
    );
    await expect(decodeStreetSummary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]), 'a.pdsum')).rejects.toThrow(
      '不是社区汇总包',
    );
  });

  it('refuses a package whose figures were edited after it was made', async () => {
    const whole = text(await encodeStreetSummary(summary('幸福社区', [branch()])));
    const edited = whole.replace('"membersReachingTarget":5', '"membersReachingTarget":9');
    expect(edited).not.toBe(whole);
    await expect(decodeStreetSummary(bytesOf(edited), 'a.pdsum')).rejects.toThrow('校验值不符');
  });

  it('refuses a package from a newer program', async () => {
    const whole = text(await encodeStreetSummary(summary('幸福社区', [branch()])));
    await expect(
      decodeStreetSummary(bytesOf(whole.replace('"formatVersion": 1', '"formatVersion": 2')), 'a.pdsum'),
    ).rejects.toThrow('更新版本');
  });

  it('keeps no personal field that a hand-made package might carry', async () => {
    const withNames = { ...summary('幸福社区', [branch()]) } as Record<string, unknown>;
    const branches = withNames['branches'] as Record<string, unknown>[];
    branches[0] = { ...branches[0], memberNames: ['张三'], idNumbers: ['11010519491231002X'] };
    const decoded = await decodeStreetSummary(await encodeStreetSummary(withNames as never), 'a.pdsum');
    expect(JSON.stringify(decoded)).not.toContain('张三');
    expect(JSON.stringify(decoded)).not.toContain('11010519491231002X');
  });
});
