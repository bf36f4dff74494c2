import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppErrorBoundary } from './app/AppErrorBoundary';
import { StartupError } from './app/StartupError';
import { setDisplayPreferencesAtStart } from './app/use-display-preferences';
import { openActiveDatabase } from './db/open-database';
import { getDisplayPreferences } from './db/repositories/settings-repository';
import { todayIso } from './domain/entities/dates';
import { checkOriginAtStart } from './features/storage/origin-check';
import { getPlatform } from './platform/api';
import { requestStoragePersistence } from './platform/storage-persistence';

const container = document.getElementById('root');
if (container === null) throw new Error('#root missing from index.html');
const root = createRoot(container);

async function start(): Promise<void> {
  // The first screen is the overview (概览): fetch its code while the store opens, and start its query
  // as soon as the store is open, while the frame renders (the page takes the running query over).
  const overview =
    location.hash === '' || location.hash === '#/'
      ? Promise.all([import('./features/overview/use-overview-query'), import('./features/overview/OverviewPage')])
      : null;
  // Asked once at start; 设置 and 概览 show the answer (browser mode may evict a store that is not persistent).
  const platformKind = getPlatform().kind;
  void requestStoragePersistence(platformKind);
  try {
    const db = await openActiveDatabase();
    // IndexedDB is per origin: note (in a cookie every port of this host shares) whether this one holds data.
    if (platformKind === 'browser') void checkOriginAtStart(db);
    void overview?.then(
      ([{ startOverviewQuery }]) => startOverviewQuery(db, todayIso()),
      () => undefined,
    );
    setDisplayPreferencesAtStart(await getDisplayPreferences(db));
    root.render(
      <StrictMode>
        <AppErrorBoundary>
          <App db={db} />
        </AppErrorBoundary>
      </StrictMode>,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    root.render(<StartupError message={message} />);
  }
}

void start();
