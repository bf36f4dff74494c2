import type { LedgerDatabase } from '../../db/database';
import {
  activityProblems,
  documentFileName,
  minutesFromActivity,
  signInSheetFromActivity,
} from '../../documents/activity-documents';
import { getPlatform } from '../../platform/api';
import type { SavedFile } from '../../platform/api';
import { loadBuilders, WORD_FILTERS } from './load-documents';
import { getActivityAttendance } from '../../db/repositories/activity-repository';
import { orgUnitsByIds } from '../../db/repositories/org-unit-reads';
import { rememberSavedFile } from '../../db/repositories/recent-files-repository';
import { loadActivityContext } from './use-activity-context';

export type ActivityDocumentKind = 'sign-in' | 'minutes';
export const activityDocumentLabels: Record<ActivityDocumentKind, string> = {
  'sign-in': '签到表',
  minutes: '会议记录',
};

export class MissingFieldsError extends Error {}

/** Builds the sign-in sheet or minutes of one activity and saves it; null when the user cancels. */
export async function saveActivityDocument(
  db: LedgerDatabase,
  activityId: string,
  kind: ActivityDocumentKind,
): Promise<SavedFile | null> {
  const context = await loadActivityContext(db, activityId);
  if (context === null) throw new Error('找不到这项活动，可能已被删除。');
  const problems = activityProblems(context.activity);
  if (problems.length > 0) {
    throw new MissingFieldsError(
      `活动还缺：${problems.join('、')}。请先在活动里补上，再生成${activityDocumentLabels[kind]}。`,
    );
  }
  const attendance = await getActivityAttendance(db, activityId);
  const unitIds = [...new Set(attendance.flatMap((row) => [row.groupIdAtTime, row.branchIdAtTime]))].filter(
    (id): id is string => id !== undefined,
  );
  const units = new Map((await orgUnitsByIds(db, unitIds)).map((unit) => [unit.id, unit.name]));
  const builders = await loadBuilders();
  const label = activityDocumentLabels[kind];
  const bytes =
    kind === 'sign-in'
      ? await builders.buildSignInSheet(
          signInSheetFromActivity(
            context,
            attendance,
            (row) => units.get(row.groupIdAtTime ?? '') ?? units.get(row.branchIdAtTime ?? '') ?? '',
          ),
        )
      : await builders.buildMinutes(minutesFromActivity(context, attendance));
  const saved = await getPlatform().saveFile(
    bytes,
    documentFileName(label, context.activity.date, context.activity.title),
    WORD_FILTERS,
  );
  if (saved !== null) await rememberSavedFile(db, { name: saved.name, path: saved.path, kind: label });
  return saved;
}
