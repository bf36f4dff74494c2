// A real IndexedDB implementation in Node, so db tests exercise Dexie exactly as the app does.
import 'fake-indexeddb/auto';
