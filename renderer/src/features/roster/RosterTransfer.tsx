import type { Member } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';

/** Import and export of the roster (Excel); filled in by the import feature. */
export function RosterTransfer(_props: { members: Member[]; units: OrgUnit[]; shown: Member[] }) {
  return null;
}
