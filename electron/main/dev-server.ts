import { app } from 'electron';

/** The Vite dev server used by `npm run dev`; a packaged app never loads from it. */
export function devServerUrl(): string | undefined {
  return app.isPackaged ? undefined : process.env['VITE_DEV_SERVER_URL'];
}
