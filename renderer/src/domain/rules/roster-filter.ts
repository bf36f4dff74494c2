import type { Member } from '../entities/member';
import { ageOn } from './flexible-date';

export const ageBands = [
  { key: 'under35', label: '35 岁以下', min: 0, max: 34 },
  { key: '35-45', label: '35–45 岁', min: 35, max: 45 },
  { key: '46-60', label: '46–60 岁', min: 46, max: 60 },
  { key: '61-70', label: '61–70 岁', min: 61, max: 70 },
  { key: '71-80', label: '71–80 岁', min: 71, max: 80 },
  { key: 'over80', label: '80 岁以上', min: 81, max: 200 },
] as const;

export const statusFilters = [
  { key: 'active', label: '在册' },
  { key: 'suspended', label: '停止党籍' },
  { key: 'lost-contact', label: '失联' },
  { key: 'transferred-out', label: '已转出' },
  { key: 'deceased', label: '已去世' },
  { key: 'removed', label: '已除名/出党' },
] as const;

export interface RosterFilter {
  branchId: string;
  groupId: string;
  category: string;
  status: string;
  education: string;
  occupation: string;
  ageBand: string;
  floating: '' | 'yes' | 'no';
  /** 'yes': only records an import left 待核实. */
  toVerify: '' | 'yes';
}

export const EMPTY_FILTER: RosterFilter = {
  branchId: '',
  groupId: '',
  category: '',
  status: '',
  education: '',
  occupation: '',
  ageBand: '',
  floating: '',
  toVerify: '',
};

function statusMatches(member: Member, status: string): boolean {
  if (status === 'suspended') return member.partyStanding === '停止党籍';
  if (status === 'lost-contact') return member.lostContact;
  return member.membershipStatus === status;
}

/** The roster's filters; an empty value means "any". */
export function matchesRosterFilter(member: Member, filter: RosterFilter, today: string): boolean {
  if (filter.branchId !== '' && member.branchId !== filter.branchId) return false;
  if (filter.groupId !== '' && member.groupId !== filter.groupId) return false;
  if (filter.category !== '' && member.category !== filter.category) return false;
  if (filter.status !== '' && !statusMatches(member, filter.status)) return false;
  if (filter.education !== '' && member.education !== filter.education) return false;
  if (filter.occupation !== '' && member.occupation !== filter.occupation) return false;
  if (filter.floating !== '' && member.floating !== (filter.floating === 'yes')) return false;
  if (filter.toVerify === 'yes' && (member.toVerify === undefined || member.toVerify.length === 0)) return false;
  if (filter.ageBand !== '') {
    const band = ageBands.find((one) => one.key === filter.ageBand);
    if (band === undefined || member.birthDate === undefined) return false;
    const age = ageOn(member.birthDate, today);
    if (age < band.min || age > band.max) return false;
  }
  return true;
}
