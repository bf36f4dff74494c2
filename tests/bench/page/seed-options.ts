import type { SampleOfficeOptions } from '../../../renderer/src/domain/sample-data/generate-sample-office';
import type { ScaleSpec } from './bench-api';

/** One seed for every scale: the same office grows from S to L, so figures compare across scales. */
const SEED = 20_260_901;

/**
 * The generator's options at each scale. S follows every frequency rule; M and L hold the core
 * schedule (≈10 attendance rows a member-year, so L has ≈1,000,000). The runner keys its cached
 * profiles on this file and the generator's folder: change either and the data is generated anew.
 */
export function seedOptions(scale: ScaleSpec, endDate: string): SampleOfficeOptions {
  return {
    seed: SEED,
    memberCount: scale.members,
    years: scale.years,
    endDate,
    schedule: scale.name === 'S' ? 'full' : 'core',
    batchSize: 5000,
  };
}
