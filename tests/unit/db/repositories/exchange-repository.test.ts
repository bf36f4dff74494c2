import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../../renderer/src/db/database';
import type { ConflictChoices } from '../../../../renderer/src/db/repositories/exchange-repository';
import {
  applyExchangeImport,
  buildExchangePackage,
  getDeskIdentity,
  itemKey,
  previewExchangeImport,
  registerPartner,
  saveDeskIdentity,
  undoExchangeImport,
} from '../../../../renderer/src/db/repositories/exchange-repository';
import type { ExchangePackage } from '../../../../renderer/src/domain/entities/exchange';
import { purgeDeleted } from '../../../../renderer/src/db/repositories/recycle-bin-repository';
import { deleteDatabase, uniqueDatabaseName } from '../schema-harness';

interface Desk {
  name: string;
  db: LedgerDatabase;
  id: string;
  /** This desk's clock, in ms; C's runs an hour behind. */
  clock: number;
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

async function makeDesks(names: string[]): Promise<Desk[]> {
  const desks: Desk[] = [];
  for (const [index, name] of names.entries()) {
    const db = new LedgerDatabase(uniqueDatabaseName(`desk-${name}`));
    await db.open();
    const identity = await saveDeskIdentity(db, { deskName: name, scope: { kind: 'community' } });
    desks.push({ name, db, id: identity.deskId, clock: Date.parse('2026-06-01T00:00:00Z') - index * 3_600_000 });
  }
  for (const desk of desks) {
    for (const other of desks) {
      if (other !== desk)
        await registerPartner(desk.db, { id: other.id, name: other.name, scope: { kind: 'community' } });
    }
  }
  return desks;
}

function tick(desk: Desk): string {
  desk.clock += 1000;
  return new Date(desk.clock).toISOString();
}

async function edit(desk: Desk, id: string, note: string, deleted = false): Promise<void> {
  const existing = (await desk.db.lecturers.get(id)) as Record<string, unknown> | undefined;
  const now = tick(desk);
  const row: Record<string, unknown> = {
    ...(existing ?? { id, name: `讲师${id}`, topics: [], audiences: [], createdAt: now }),
    note,
    updatedAt: now,
  };
  if (deleted) row['deletedAt'] = now;
  else delete row['deletedAt'];
  await desk.db.lecturers.put(row as never);
}

/** Sends a package from one desk to another and imports it, deciding conflicts with `choose`. */
async function send(
  from: Desk,
  to: Desk,
  choose: (key: string) => 'mine' | 'theirs' = () => 'theirs',
  deliver = true,
): Promise<ExchangePackage> {
  const { pkg } = await buildExchangePackage(from.db, to.id, 'test');
  if (deliver) {
    const preview = await previewExchangeImport(to.db, pkg);
    const choices = new Map(
      preview.items
        .filter((item) => item.decision === 'conflict')
        .map((item) => [itemKey(item), choose(itemKey(item))]),
    ) as ConflictChoices;
    await applyExchangeImport(to.db, preview, choices);
  }
  return pkg;
}

async function contents(desk: Desk): Promise<string> {
  const rows = await desk.db.lecturers.orderBy('id').toArray();
  return JSON.stringify(rows.map(({ id, note, deletedAt }) => ({ id, note, deletedAt: deletedAt !== undefined })));
}

describe('desks exchanging packages', () => {
  const opened: Desk[] = [];
  afterAll(async () => {
    for (const desk of opened) {
      desk.db.close();
      await deleteDatabase(desk.db.name);
    }
  });

  it('three desks exchanging in random orders, with lost packages and conflicts, converge to the same data', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const desks = await makeDesks(['社区', '支部电脑', '第二台']);
      opened.push(...desks);
      const next = random(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
      for (let step = 0; step < 60; step += 1) {
        const roll = next();
        if (roll < 0.55) {
          await edit(pick(desks), `r${Math.floor(next() * 8)}`, `第${step}步`, next() < 0.15);
        } else {
          const from = pick(desks);
          const to = pick(desks.filter((desk) => desk !== from));
          await send(from, to, () => (next() < 0.5 ? 'mine' : 'theirs'), next() > 0.15);
        }
      }
      // Then everyone exchanges with everyone until nothing is left to send.
      for (let round = 0; round < 6; round += 1) {
        for (const from of desks) for (const to of desks) if (from !== to) await send(from, to);
      }
      const [first, ...rest] = await Promise.all(desks.map(contents));
      for (const other of rest) expect(other).toBe(first);
      expect(JSON.parse(first ?? '[]')).not.toHaveLength(0);
    }
  });

  describe('between two desks', () => {
    let a: Desk;
    let b: Desk;
    beforeAll(async () => {
      [a, b] = (await makeDesks(['社区', '支部'])) as [Desk, Desk];
      opened.push(a, b);
    });

    it('the same package twice changes nothing the second time', async () => {
      await edit(a, 'x1', '一');
      const { pkg } = await buildExchangePackage(a.db, b.id, 'test');
      await applyExchangeImport(b.db, await previewExchangeImport(b.db, pkg), new Map());
      await expect(previewExchangeImport(b.db, pkg)).rejects.toThrow('已经导入过');
      expect((await b.db.lecturers.get('x1'))?.note).toBe('一');
    });

    it('a skipped package is reported by number, and the later one carries what it held', async () => {
      await edit(a, 'x2', '二');
      await buildExchangePackage(a.db, b.id, 'test'); // lost on the way
      await edit(a, 'x3', '三');
      const { pkg } = await buildExchangePackage(a.db, b.id, 'test');
      const preview = await previewExchangeImport(b.db, pkg);
      expect(preview.sequence).toEqual({ kind: 'gap', from: pkg.seq - 1, to: pkg.seq - 1 });
      await applyExchangeImport(b.db, preview, new Map());
      expect((await b.db.lecturers.get('x2'))?.note).toBe('二');
      expect((await b.db.lecturers.get('x3'))?.note).toBe('三');
    });

    it('a record both desks changed is a conflict that waits for a person; nothing is decided by clock', async () => {
      await send(b, a); // b confirms what it has
      await send(a, b);
      await edit(a, 'x1', '社区改的');
      await edit(b, 'x1', '支部改的');
      const { pkg } = await buildExchangePackage(a.db, b.id, 'test');
      const preview = await previewExchangeImport(b.db, pkg);
      const conflict = preview.items.find((item) => item.id === 'x1');
      expect(conflict?.decision).toBe('conflict');
      expect(conflict?.fields).toContain('note');
      await expect(applyExchangeImport(b.db, preview, new Map())).rejects.toThrow('冲突没有选择');
      expect((await b.db.lecturers.get('x1'))?.note).toBe('支部改的');
      await applyExchangeImport(b.db, preview, new Map([['lecturers|x1', 'mine']]));
      // The kept version goes back and is taken without asking again.
      const back = await previewExchangeImport(a.db, (await buildExchangePackage(b.db, a.id, 'test')).pkg);
      expect(back.items.find((item) => item.id === 'x1')?.decision).toBe('take');
    });

    it('a record purged on one desk is purged on the other and never comes back', async () => {
      await edit(a, 'p1', '要删的');
      await send(a, b);
      await send(b, a);
      await edit(a, 'p1', '要删的', true);
      await purgeDeleted(a.db, 'lecturers', ['p1']);
      const { pkg } = await buildExchangePackage(a.db, b.id, 'test');
      expect(pkg.tombstones).toContainEqual(expect.objectContaining({ table: 'lecturers', id: 'p1' }));
      await applyExchangeImport(b.db, await previewExchangeImport(b.db, pkg), new Map());
      expect(await b.db.lecturers.get('p1')).toBeUndefined();
      expect(await b.db.tombstones.get('lecturers:p1')).toBeDefined();
    });

    it('an import can be undone, and the package imported again', async () => {
      await send(b, a);
      await edit(a, 'x4', '四');
      await edit(a, 'x1', '又改了');
      const { pkg } = await buildExchangePackage(a.db, b.id, 'test');
      const before = await b.db.lecturers.get('x1');
      const log = await applyExchangeImport(b.db, await previewExchangeImport(b.db, pkg), new Map());
      expect((await b.db.lecturers.get('x4'))?.note).toBe('四');
      await undoExchangeImport(b.db, log.id);
      expect(await b.db.lecturers.get('x4')).toBeUndefined();
      expect(await b.db.lecturers.get('x1')).toEqual(before);
      const again = await previewExchangeImport(b.db, pkg);
      expect(again.counts.add).toBe(1);
    });

    it('a package from a desk that was never registered, or meant for another desk, is refused', async () => {
      const [stranger] = await makeDesks(['陌生电脑']);
      opened.push(stranger as Desk);
      await registerPartner((stranger as Desk).db, { id: b.id, name: '支部', scope: { kind: 'community' } });
      const { pkg } = await buildExchangePackage((stranger as Desk).db, b.id, 'test');
      await expect(previewExchangeImport(b.db, pkg)).rejects.toThrow('没有登记的电脑');
      const toA = (await buildExchangePackage(b.db, a.id, 'test')).pkg;
      await expect(previewExchangeImport(b.db, toA)).rejects.toThrow('不是本机');
      expect((await getDeskIdentity(b.db))?.deskName).toBe('支部');
    });
  });
});
