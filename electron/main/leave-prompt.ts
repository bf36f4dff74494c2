import type { MessageBoxSyncOptions } from 'electron';

/**
 * Asked when the page has unsaved edits and the window is closing or reloading (the page's
 * beforeunload said so). Electron would otherwise cancel the close without a word.
 */
export const LEAVE_PROMPT: MessageBoxSyncOptions = {
  type: 'question',
  title: '社区党员教育台账',
  message: '有未保存的修改，是否离开？',
  detail: '离开后，刚才填写但还没有保存的内容将不会记入台账。',
  buttons: ['留下继续填写', '不保存，离开'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

/** The button index that lets the window close. */
export const LEAVE_BUTTON = 1;
