import type { Member } from '../entities/member';

type Matchable = Pick<Member, 'id' | 'name' | 'idNumber' | 'birthDate'>;

export interface MemberMatcher<T extends Matchable> {
  find(candidate: {
    idNumber?: string;
    name: string;
    birthDate?: string;
  }): { member: T; by: 'idNumber' | 'nameBirth' } | null;
}

function nameKey(name: string, birthDate: string): string {
  return `${name.normalize('NFKC').replace(/\s+/g, '')}|${birthDate}`;
}

/**
 * DESIGN.md "Import and export": duplicates are matched by ID number first, then by name + birth date
 * (for members entered without an ID number).
 */
export function createMemberMatcher<T extends Matchable>(members: readonly T[]): MemberMatcher<T> {
  const byId = new Map<string, T>();
  const byNameBirth = new Map<string, T>();
  for (const member of members) {
    if (member.idNumber !== undefined && member.idNumber !== '') byId.set(member.idNumber.toUpperCase(), member);
    if (member.birthDate !== undefined) byNameBirth.set(nameKey(member.name, member.birthDate), member);
  }
  return {
    find(candidate) {
      if (candidate.idNumber !== undefined && candidate.idNumber !== '') {
        const member = byId.get(candidate.idNumber.toUpperCase());
        if (member !== undefined) return { member, by: 'idNumber' };
      }
      if (candidate.birthDate !== undefined && candidate.birthDate !== '') {
        const member = byNameBirth.get(nameKey(candidate.name, candidate.birthDate));
        // A stored member with a different ID number is a different person of the same name and birthday.
        if (
          member !== undefined &&
          (member.idNumber === undefined ||
            member.idNumber === '' ||
            candidate.idNumber === undefined ||
            candidate.idNumber === '')
        ) {
          return { member, by: 'nameBirth' };
        }
      }
      return null;
    },
  };
}
