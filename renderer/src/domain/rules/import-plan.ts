import type { MemberFields } from './member-draft';

/** Placeholders for branches and groups an import will create, until they have ids. */
export const NEW_BRANCH_PREFIX = 'new-branch:';
export const NEW_GROUP_PREFIX = 'new-group:';

/** What a confirmed roster import writes: the plan the preview made, in plain data. */
export interface ImportPlan {
  newBranches: string[];
  newGroups: { branch: string; group: string }[];
  rows: { status: 'new' | 'update' | 'unchanged' | 'error'; fields?: MemberFields; existingId?: string }[];
}

export function unitNameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}
