import type { StepState } from '../../domain/rules/recruitment-case';

/** How each state of a next step reads and looks on the board and the case page. */
export const STATE_LABELS: Record<StepState, string> = {
  blocked: '待前序步骤',
  'too-early': '未到时间',
  open: '可进行',
  'due-soon': '即将到期',
  overdue: '已逾期',
};

export const STATE_COLORS: Record<StepState, 'default' | 'info' | 'success' | 'warning' | 'error'> = {
  blocked: 'default',
  'too-early': 'info',
  open: 'success',
  'due-soon': 'warning',
  overdue: 'error',
};
