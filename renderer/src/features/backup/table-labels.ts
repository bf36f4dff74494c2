/** Chinese names of the store's tables; a table added later shows its own name until it is listed here. */
const TABLE_LABELS: Record<string, string> = {
  settings: '设置',
  orgUnits: '组织（党委、支部、小组）',
  posts: '职务',
  members: '党员',
  memberEvents: '党员变动记录',
  contactLogs: '联系记录',
  activityTypes: '活动类型',
  activities: '活动',
  attendance: '签到与出勤',
  studySummaries: '学时汇总',
  files: '附件文件',
  changeLog: '操作日志',
  studyEntries: '学习记录',
  reflections: '心得体会',
  thoughtReports: '思想汇报',
  lecturers: '师资',
  courseware: '课件',
  lessonFeedback: '授课评价',
  coursewareViewings: '课件学习记录',
  planItems: '教育培训计划',
  budgetLines: '经费预算',
  spendings: '经费支出',
  streetSummaries: '街道汇总（各社区汇总包）',
  exchangePartners: '交换：已登记的电脑',
  exchangeBases: '交换：双方已一致的记录版本',
  exchangeSent: '交换：已发出待确认',
  exchangeImports: '交换：导入记录（可撤销）',
};

export function tableLabel(name: string): string {
  return TABLE_LABELS[name] ?? name;
}
