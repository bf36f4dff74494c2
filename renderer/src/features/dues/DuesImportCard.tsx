import type { BranchDues } from './use-dues';

/** Placeholder until the import is built. */
export function DuesImportCard(_props: { data: BranchDues }) {
  return null;
}
