import type { BranchDues } from './use-dues';

/** Placeholder until the outputs are built. */
export function DuesOutputsCard(_props: { branchId: string; branchName: string; data: BranchDues; year: number }) {
  return null;
}
