import type { Figure } from '../figure';
import { coldStart } from './cold-start';

/** Every figure of issue 9, in the order of the table. */
export const FIGURES: Figure[] = [coldStart];
