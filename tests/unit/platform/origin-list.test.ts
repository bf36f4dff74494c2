import { describe, expect, it } from 'vitest';
import type { OriginEntry } from '../../../renderer/src/platform/origin-list';

function messageFor(origin: string, entries: OriginEntry[]): string {
  const notice = emptyStoreNotice(origin, entries);
  if (notice === null) throw new Error('no notice');
  return emptyStoreMessage(notice);
}
import {
  ORIGIN_COOKIE,
  emptyStoreMessage,
  emptyStoreNotice,
  originCookieValue,
  parseOriginCookie,
  updateOriginEntries,
} from '../../../renderer/src/platform/origin-list';

const at4173: OriginEntry = { origin: 'http://127.0.0.1:4173', members: 123, seen: '2026-11-20' };
const at8080: OriginEntry = { origin: 'http://127.0.0.1:8080', members: 0, seen: '2026-10-01' };

describe('the origins cookie shared by every port of the host', () => {
  it('reads back what it wrote, among other cookies', () => {
    const cookies = `theme=dark; ${ORIGIN_COOKIE}=${originCookieValue([at4173, at8080])}; other=1`;
    expect(parseOriginCookie(cookies)).toEqual([at4173, at8080]);
  });

  it('has no comma, semicolon or space in its value', () => {
    expect(originCookieValue([at4173])).not.toMatch(/[,; ]/);
  });

  it('drops malformed cookies and entries instead of failing the start', () => {
    expect(parseOriginCookie('')).toEqual([]);
    expect(parseOriginCookie(`${ORIGIN_COOKIE}=%7Bnot-json`)).toEqual([]);
    expect(parseOriginCookie(`${ORIGIN_COOKIE}=${encodeURIComponent('{"origin":"x"}')}`)).toEqual([]);
    const mixed = [at4173, { origin: 'javascript:alert(1)', members: 1, seen: '2026-01-01' }, { origin: 'http://a' }];
    expect(parseOriginCookie(`${ORIGIN_COOKIE}=${encodeURIComponent(JSON.stringify(mixed))}`)).toEqual([at4173]);
  });

  it('keeps at most 8 origins', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...at4173, origin: `http://127.0.0.1:${5000 + i}` }));
    expect(parseOriginCookie(`${ORIGIN_COOKIE}=${originCookieValue(many)}`)).toHaveLength(8);
  });
});

describe('noting this origin', () => {
  it('puts an origin holding data first with its member count and today', () => {
    const next = updateOriginEntries(
      [at4173, at8080],
      'http://127.0.0.1:8080',
      { empty: false, members: 7 },
      '2026-11-30',
    );
    expect(next).toEqual([{ origin: 'http://127.0.0.1:8080', members: 7, seen: '2026-11-30' }, at4173]);
  });

  it('takes an empty origin off the list', () => {
    expect(updateOriginEntries([at4173, at8080], at4173.origin, { empty: true, members: 0 }, '2026-11-30')).toEqual([
      at8080,
    ]);
  });
});

describe('what an empty store says', () => {
  it('names the current address and the one where about 123 members were seen', () => {
    const notice = emptyStoreNotice('http://127.0.0.1:5174', [at4173]);
    expect(notice?.elsewhere).toEqual([at4173]);
    expect(messageFor('http://127.0.0.1:5174', [at4173])).toBe(
      '当前地址 http://127.0.0.1:5174 下没有数据。此前在 http://127.0.0.1:4173 使用过本台账（约 123 名党员）。' +
        '浏览器按地址分别保存数据，请改用原地址打开，或在原地址导出备份后到这里恢复。',
    );
  });

  it('names every other address, and one without members as such', () => {
    const message = messageFor('http://127.0.0.1:4173', [at8080, at4173]);
    expect(message).toContain('此前在 http://127.0.0.1:8080 使用过本台账（尚无党员）');
    expect(message).not.toContain('在 http://127.0.0.1:4173 使用过');
  });

  it('says the data of this very address is gone when it was seen here before', () => {
    const notice = emptyStoreNotice('http://127.0.0.1:4173', [at4173]);
    expect(notice?.lostHere).toEqual(at4173);
    const message = messageFor('http://127.0.0.1:4173', [at4173]);
    expect(message).toContain('此前在这个地址使用过本台账（2026-11-20，约 123 名党员），现在数据已不在');
    expect(message).toContain('从U盘上的备份恢复');
  });

  it('on a port other than the default, names the address and the default one', () => {
    const notice = emptyStoreNotice('http://127.0.0.1:5174', []);
    expect(notice?.unusualPort).toBe(true);
    expect(messageFor('http://127.0.0.1:5174', [])).toBe(
      '当前地址 http://127.0.0.1:5174 下没有数据。浏览器按地址（包括端口号）分别保存数据：如果以前用别的地址打开过本台账' +
        '（默认是 http://127.0.0.1:4173），数据在那个地址下，请改用原地址打开。',
    );
    expect(emptyStoreNotice('http://localhost', [])?.unusualPort).toBe(true);
  });

  it('says nothing on the default port when this browser never saw data anywhere', () => {
    expect(emptyStoreNotice('http://127.0.0.1:4173', [])).toBeNull();
  });
});
