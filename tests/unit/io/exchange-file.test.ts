import { describe, expect, it } from 'vitest';
import type { ExchangePackage } from '../../../renderer/src/domain/entities/exchange';
import {
  decodeExchangePackage,
  encodeExchangePackage,
  isEncryptedExchange,
} from '../../../renderer/src/io/exchange-file';

const pkg: ExchangePackage = {
  format: 'party-edu-ledger-exchange',
  formatVersion: 1,
  appVersion: 'test',
  from: { deskId: '7a1b0d1e-3a57-4a0c-9d6e-2f1f4b7c8a01', deskName: '支部', scope: { kind: 'community' } },
  to: { deskId: '0c2d4e6f-8a9b-4c1d-8e2f-3a4b5c6d7e8f', deskName: '社区' },
  seq: 3,
  createdAt: '2026-11-30T08:00:00.000Z',
  tables: { lecturers: [{ id: 'l1', name: '张老师', updatedAt: '2026-11-30T07:00:00.000Z' }] },
  basedOn: {},
  ack: 2,
  tombstones: [{ table: 'members', id: 'm9', at: '2026-11-29T00:00:00.000Z' }],
};

describe('the exchange package file (.pdx)', () => {
  it('reads back exactly what was written, plain or with a password', async () => {
    expect(await decodeExchangePackage(await encodeExchangePackage(pkg), 'a.pdx')).toEqual(pkg);
    const sealed = await encodeExchangePackage(pkg, '支部密码123');
    expect(isEncryptedExchange(sealed)).toBe(true);
    expect(new TextDecoder().decode(sealed)).not.toContain('张老师');
    expect(await decodeExchangePackage(sealed, 'a.pdx', '支部密码123')).toEqual(pkg);
  });

  it('asks for the password, and refuses a wrong one', async () => {
    const sealed = await encodeExchangePackage(pkg, '支部密码123');
    await expect(decodeExchangePackage(sealed, 'a.pdx')).rejects.toThrow('请输入密码');
    await expect(decodeExchangePackage(sealed, 'a.pdx', '错的')).rejects.toThrow('密码不正确');
  });

  it('refuses an empty, half-copied, altered or foreign file with its reason', async () => {
    const whole = await encodeExchangePackage(pkg);
    await expect(decodeExchangePackage(new Uint8Array(), 'a.pdx')).rejects.toThrow('空文件');
    await expect(decodeExchangePackage(whole.slice(0, 40), 'a.pdx')).rejects.toThrow('不完整');
    const envelope = JSON.parse(new TextDecoder().decode(whole)) as { payload: string };
    const altered = { ...envelope, payload: `A${envelope.payload.slice(1)}` };
    await expect(decodeExchangePackage(new TextEncoder().encode(JSON.stringify(altered)), 'a.pdx')).rejects.toThrow(
      '校验值不符',
    );
    await expect(
      decodeExchangePackage(new TextEncoder().encode('{"format":"party-edu-ledger-street-summary"}'), 'a.pdx'),
    ).rejects.toThrow('不是交换包');
    const newer = { ...envelope, formatVersion: 9 };
    await expect(decodeExchangePackage(new TextEncoder().encode(JSON.stringify(newer)), 'a.pdx')).rejects.toThrow(
      '更新版本',
    );
  });
});
