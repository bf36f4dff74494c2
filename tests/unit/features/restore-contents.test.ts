import { describe, expect, it } from 'vitest';
import { replaceQuestion, restoreContents } from '../../../renderer/src/features/backup/restore-contents';

const manifestTables = {
  changeLog: { count: 40 },
  settings: { count: 3 },
  attendance: { count: 120 },
  members: { count: 3 },
  honours: { count: 2 },
  studySummaries: { count: 6 },
  orgUnits: { count: 1 },
  activities: { count: 1 },
};

describe('the restore preview lists what a person recognises first', () => {
  it('puts 党员, 组织, 活动 first in plain words and the program’s own records last', () => {
    const contents = restoreContents(manifestTables, { members: 2, orgUnits: 1, futureTable: 4 });
    expect(contents.main.map((row) => row.label).slice(0, 4)).toEqual([
      '党员',
      '组织（支部/党小组）',
      '活动',
      '签到/考勤记录',
    ]);
    expect(contents.main[0]).toEqual({ table: 'members', label: '党员', inBackup: 3, current: 2 });
    expect(contents.other.map((row) => row.table)).toEqual(['honours', 'futureTable']);
    expect(contents.other[1]).toMatchObject({ inBackup: null, current: 4 });
    expect(contents.system.map((row) => row.table)).toEqual(['changeLog', 'settings', 'studySummaries']);
    const words = [...contents.main, ...contents.other, ...contents.system].map((row) => row.label).join();
    expect(words).not.toContain('学时汇总');
  });

  it('asks before replacing with both member counts', () => {
    expect(replaceQuestion(restoreContents(manifestTables, { members: 2 }))).toBe(
      '将用备份中的 3 名党员替换当前的 2 名党员及全部记录，确定吗？',
    );
    expect(replaceQuestion(restoreContents({}, null))).toBe(
      '将用备份中的 0 名党员替换当前的 0 名党员及全部记录，确定吗？',
    );
  });
});
