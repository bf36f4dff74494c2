import { app } from 'electron';
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAX_LOG_BYTES = 5 * 1024 * 1024;

export function logFilePath(): string {
  return join(app.getPath('userData'), 'logs', 'main.log');
}

/** Appends one line to userData/logs/main.log; keeps one older file when it grows past 5 MB. */
export function logError(context: string, error: unknown): void {
  const detail = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  writeLine(`${new Date().toISOString()} ERROR ${context}: ${detail}`);
}

export function logInfo(message: string): void {
  writeLine(`${new Date().toISOString()} INFO ${message}`);
}

function writeLine(line: string): void {
  try {
    const file = logFilePath();
    mkdirSync(join(file, '..'), { recursive: true });
    try {
      if (statSync(file).size > MAX_LOG_BYTES) renameSync(file, `${file}.1`);
    } catch {
      // No log file yet.
    }
    appendFileSync(file, `${line}\n`, 'utf8');
  } catch {
    // Logging must never take the app down.
  }
}
