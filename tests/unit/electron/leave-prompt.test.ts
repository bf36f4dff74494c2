import { describe, expect, it } from 'vitest';
import { LEAVE_BUTTON, LEAVE_PROMPT } from '../../../electron/main/leave-prompt';

describe('closing the window with unsaved edits', () => {
  it('asks in Chinese, and staying is what Enter and Esc choose', () => {
    expect(LEAVE_PROMPT.message).toBe('有未保存的修改，是否离开？');
    expect(LEAVE_PROMPT.buttons?.[LEAVE_BUTTON]).toBe('不保存，离开');
    expect(LEAVE_PROMPT.defaultId).not.toBe(LEAVE_BUTTON);
    expect(LEAVE_PROMPT.cancelId).not.toBe(LEAVE_BUTTON);
  });
});
