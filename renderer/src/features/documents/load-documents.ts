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
