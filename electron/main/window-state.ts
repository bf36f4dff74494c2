import type { Rectangle } from 'electron';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = {
  bounds: { x: 0, y: 0, width: 1280, height: 820 },
  maximized: false,
};

/**
 * A saved position is only reused when most of the window would still be on a screen that exists
 * now (a laptop unplugged from its second monitor must not open the window off-screen).
 */
export function restoreWindowState(
  saved: unknown,
  workAreas: Rectangle[],
): { bounds: Partial<Rectangle>; maximized: boolean } {
  if (!isWindowState(saved))
    return {
      bounds: { width: DEFAULT_WINDOW_STATE.bounds.width, height: DEFAULT_WINDOW_STATE.bounds.height },
      maximized: false,
    };
  const { bounds } = saved;
  const visible = workAreas.some((area) => overlapArea(area, bounds) >= 0.5 * bounds.width * bounds.height);
  if (!visible) return { bounds: { width: bounds.width, height: bounds.height }, maximized: saved.maximized };
  return { bounds, maximized: saved.maximized };
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function isWindowState(value: unknown): value is WindowState {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { bounds?: Partial<Rectangle>; maximized?: unknown };
  const bounds = candidate.bounds;
  return (
    typeof candidate.maximized === 'boolean' &&
    bounds !== undefined &&
    [bounds.x, bounds.y, bounds.width, bounds.height].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    (bounds.width ?? 0) >= 400 &&
    (bounds.height ?? 0) >= 300
  );
}

export function readWindowState(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(state), 'utf8');
}
