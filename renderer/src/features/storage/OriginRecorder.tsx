import { useDatabase } from '../../app/database-context';
import { useEmptyStoreNotice } from './use-storage-status';

/**
 * Mounted for the whole session (browser mode): keeps this origin's line in the cookie shared by all ports up
 * to date on whatever page the store fills or empties (sample data cleared in 设置, a restore), so the next
 * start does not mistake a store emptied on purpose for one the browser deleted.
 */
export function OriginRecorder() {
  useEmptyStoreNotice(useDatabase());
  return null;
}
