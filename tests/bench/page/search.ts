import type { LedgerDatabase } from '../../../renderer/src/db/database';
import type { Member } from '../../../renderer/src/domain/entities/member';
import { buildMemberSearchIndex, searchMembers } from '../../../renderer/src/domain/rules/member-search';
import type { SearchRun } from './bench-api';

async function liveMembers(db: LedgerDatabase): Promise<Member[]> {
  return (await db.members.toArray()).filter((member) => member.deletedAt === undefined);
}

/**
 * What an office types: a common surname, a full name, pinyin initials, full pinyin, a phone
 * fragment — taken from the stored members so every scale has hits.
 */
export async function searchTyping(db: LedgerDatabase): Promise<string[]> {
  const members = await liveMembers(db);
  const pick = members[Math.floor(members.length / 3)] ?? members[0];
  if (pick === undefined) throw new Error('库中没有党员');
  const withPhone = members.find((member) => (member.phone ?? '').length >= 11);
  return [
    pick.name,
    pick.nameInitials,
    pick.namePinyin.slice(0, 8),
    ...(withPhone?.phone === undefined ? [] : [withPhone.phone.slice(3, 8)]),
  ];
}

const REPEATS = 20;

/** Each query typed one character at a time against the roster's own index and search function. */
export async function searchKeystrokes(db: LedgerDatabase, typing: readonly string[]): Promise<SearchRun> {
  const members = await liveMembers(db);
  const buildStart = performance.now();
  const index = buildMemberSearchIndex(members);
  const indexBuildMs = performance.now() - buildStart;
  const plain = members.map(
    (member) => `${member.name} ${member.nameInitials} ${member.namePinyin} ${member.phone ?? ''}`,
  );
  const keystrokes: SearchRun['keystrokes'] = [];
  const rawKeystrokes: number[] = [];
  for (const query of typing) {
    const chars = Array.from(query);
    for (let length = 1; length <= chars.length; length += 1) {
      const prefix = chars.slice(0, length).join('');
      // Each keystroke is repeated: one search of a few thousand strings is below the page clock's resolution.
      let hits = 0;
      const start = performance.now();
      for (let repeat = 0; repeat < REPEATS; repeat += 1) hits = searchMembers(index, prefix)?.size ?? members.length;
      keystrokes.push({ query: prefix, ms: (performance.now() - start) / REPEATS, hits });
      let rawHits = 0;
      const rawStart = performance.now();
      for (let repeat = 0; repeat < REPEATS; repeat += 1) {
        rawHits = 0;
        for (const text of plain) if (text.includes(prefix)) rawHits += 1;
      }
      rawKeystrokes.push((performance.now() - rawStart) / REPEATS);
      if (rawHits < 0) throw new Error('unreachable');
    }
  }
  return { keystrokes, rawKeystrokes, indexBuildMs, members: members.length };
}

/** The count the roster page shows ("共 N 人") after each keystroke of each query. */
export async function searchExpectations(db: LedgerDatabase, typing: readonly string[]): Promise<number[][]> {
  const members = await liveMembers(db);
  const index = buildMemberSearchIndex(members);
  return typing.map((query) =>
    Array.from(query).map(
      (_, i, chars) => searchMembers(index, chars.slice(0, i + 1).join(''))?.size ?? members.length,
    ),
  );
}
