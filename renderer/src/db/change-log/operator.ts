import { DEFAULT_OPERATOR } from '../../domain/entities/change-log';

let currentOperator = DEFAULT_OPERATOR;

/** 当前操作人: set from the settings at start and whenever they are saved. */
export function setCurrentOperator(name: string): void {
  currentOperator = name.trim() === '' ? DEFAULT_OPERATOR : name.trim();
}

export function getCurrentOperator(): string {
  return currentOperator;
}

let lastLogTime = 0;

/** Log times strictly increase, so lines written in the same millisecond keep their order. */
export function nextLogTime(): string {
  lastLogTime = Math.max(Date.now(), lastLogTime + 1);
  return new Date(lastLogTime).toISOString();
}
