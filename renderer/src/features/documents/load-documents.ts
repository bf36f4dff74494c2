import type { StudyRecordPress } from '../../documents/study-record-press';
/** docx is heavy: the builders load on first use, never with the app shell. */
export function loadBuilders() {
  return Promise.all([
    import('../../documents/notice'),
    import('../../documents/sign-in-sheet'),
    import('../../documents/minutes'),
    import('../../documents/study-record'),
  ]).then(([notice, signIn, minutes, studyRecord]) => ({
    buildNotice: notice.buildNotice,
    buildSignInSheet: signIn.buildSignInSheet,
    buildMinutes: minutes.buildMinutes,
    buildStudyRecord: studyRecord.buildStudyRecord,
    buildStudyRecordBatch: studyRecord.buildStudyRecordBatch,
  }));
}

export const WORD_FILTERS = [{ name: 'Word 文档', extensions: ['docx'] }];

let press: Promise<StudyRecordPress> | null = null;

/** The year-end batch's press: its template is laid out once (one docx build) and kept for the session. */
export function loadStudyRecordPress(): Promise<StudyRecordPress> {
  press ??= import('../../documents/study-record-press')
    .then((module) => module.createStudyRecordPress())
    .catch((error: unknown) => {
      press = null;
      throw error;
    });
  return press;
}
