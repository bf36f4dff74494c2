import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import { loadDuesWatch } from '../../db/repositories/dues-repository';
import { getDuesSettings } from '../../db/repositories/dues-settings-repository';
import { WarningItem } from '../overview/WarningItem';
import { duesWarningLines } from './dues-warning-lines';

/** The dues lines of the overview's to-do list; they come a moment after the others. */
export function DuesWarnings({ today }: { today: string }) {
  const db = useDatabase();
  const lines = useLiveQuery(async () => {
    const [items, settings] = await Promise.all([loadDuesWatch(db, today), getDuesSettings(db)]);
    return duesWarningLines(items, settings);
  }, [db, today]);
  return (
    <>
      {(lines ?? []).map((line) => (
        <WarningItem key={line.key} line={line} />
      ))}
    </>
  );
}
