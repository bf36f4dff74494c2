import type { Member, MemberEvent } from '../entities/member';

/** What a status event does to the member record; a member who leaves stays on file with the reason. */
export function applyMemberEvent(member: Member, event: Pick<MemberEvent, 'type' | 'date' | 'months'>): Member {
  switch (event.type) {
    case 'probation-extended':
      // 党章 art. 7: an extension, at most one year in all.
      return {
        ...member,
        probationExtendedMonths: Math.min(12, (member.probationExtendedMonths ?? 0) + (event.months ?? 0)),
      };
    case 'probation-cancelled':
      return { ...member, membershipStatus: 'removed' };
    case 'confirmed':
      return { ...member, category: '正式党员', fullMemberDate: event.date };
    case 'transferred-in':
      return { ...member, membershipStatus: 'active' };
    case 'transferred-out':
      return { ...member, membershipStatus: 'transferred-out' };
    case 'suspended':
      return { ...member, partyStanding: '停止党籍' };
    case 'reinstated':
      return { ...member, partyStanding: '正常' };
    case 'lost-contact':
      return { ...member, lostContact: true, lostContactDate: event.date };
    case 'contact-restored':
      return { ...member, lostContact: false, lostContactDate: undefined };
    case 'deceased':
      return { ...member, membershipStatus: 'deceased' };
    case 'removed':
      return { ...member, membershipStatus: 'removed' };
    case 'joined':
      return { ...member, joinDate: event.date };
    case 'branch-changed':
      return member;
  }
}

/** Events implied by an edit, so the history tab shows 转正, 停止党籍 or 失联 entered through the form. */
export function eventsImpliedByEdit(
  before: Member | undefined,
  after: Member,
  today: string,
): { type: MemberEvent['type']; date: string; fromOrganisation?: string; toOrganisation?: string }[] {
  const events: { type: MemberEvent['type']; date: string; fromOrganisation?: string; toOrganisation?: string }[] = [];
  if (after.joinDate !== undefined && before?.joinDate !== after.joinDate)
    events.push({ type: 'joined', date: after.joinDate });
  if (after.fullMemberDate !== undefined && before?.fullMemberDate !== after.fullMemberDate) {
    events.push({ type: 'confirmed', date: after.fullMemberDate });
  }
  if (after.partyStanding !== (before?.partyStanding ?? '正常')) {
    events.push({ type: after.partyStanding === '停止党籍' ? 'suspended' : 'reinstated', date: today });
  }
  if (after.lostContact !== (before?.lostContact ?? false)) {
    events.push(
      after.lostContact
        ? { type: 'lost-contact', date: after.lostContactDate ?? today }
        : { type: 'contact-restored', date: today },
    );
  }
  return events;
}
