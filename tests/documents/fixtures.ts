import type { MinutesData } from '../../renderer/src/documents/minutes';
import type { NoticeData } from '../../renderer/src/documents/notice';
import type { SignInSheetData } from '../../renderer/src/documents/sign-in-sheet';
import type { StudyRecordData } from '../../renderer/src/documents/study-record';

/** Shared by the unit tests (XML) and the LibreOffice tests (PDF): realistic, with rare characters. */
export const LONG_TOPIC =
  '学习贯彻习近平新时代中国特色社会主义思想主题教育暨深入学习党的二十大精神、新修订的《中国共产党纪律处分条例》和党员教育管理工作条例专题党课';

export function noticeFixture(overrides: Partial<NoticeData> = {}): NoticeData {
  return {
    title: '关于开展2026年第一季度专题党课的通知',
    addressee: '各党支部、全体党员',
    purpose:
      '为深入学习贯彻党的二十大精神，进一步加强党员教育管理，经社区党委研究，决定开展第一季度专题党课。现将有关事项通知如下：',
    sections: [
      { heading: '时间', text: '2026年3月5日（星期四）上午9:00—11:00' },
      { heading: '地点', text: '社区党群服务中心三楼会议室' },
      { heading: '主讲人与主题', text: `主讲人：社区党委书记龚䶮；主题：${LONG_TOPIC}` },
      { heading: '参加人员', text: '全体党员、入党积极分子' },
    ],
    requirements: [
      '严格遵守会议纪律。无特殊情况不得请假，确需请假的须向支部书记书面请假。',
      '请提前10分钟到场签到。',
      '请携带笔记本和党员学习记录本。',
    ],
    contactPerson: '王𠈌',
    contactPhone: '023-12345678',
    issuer: '中共幸福里社区委员会',
    date: '2026-03-02',
    issuerMark: false,
    ...overrides,
  };
}

export function signInFixture(rowCount = 12): SignInSheetData {
  return {
    title: '第一党支部2026年3月主题党日',
    typeName: '主题党日',
    time: '2026年3月5日 9:00—11:00',
    place: '社区党群服务中心三楼会议室',
    host: '龚䶮',
    recorder: '王𠈌',
    unitLabel: '党小组',
    rows: Array.from({ length: rowCount }, (_, index) => ({
      name: index === 0 ? '王𠈌' : index === 1 ? '龚䶮' : `党员${String(index + 1).padStart(3, '0')}`,
      unit: `第${(index % 3) + 1}党小组`,
      note: index === 2 ? '流动党员' : '',
    })),
    blankRows: 5,
  };
}

export function minutesFixture(): MinutesData {
  return {
    title: '第一党支部2026年第一季度支部党员大会',
    typeName: '支部党员大会',
    time: '2026年3月5日 9:00—11:00',
    place: '社区党群服务中心三楼会议室',
    host: '龚䶮',
    recorder: '王𠈌',
    expected: 28,
    present: 25,
    absentees: [
      { name: '张三', reason: '外出务工' },
      { name: '李四', reason: '住院' },
      { name: '赵五', reason: '' },
    ],
    nonVotingAttendees: '入党积极分子陈六',
    topics: '1.传达学习上级文件精神\n2.讨论发展党员事项',
    speechPoints: '龚䶮：传达了上级文件精神，要求全体党员认真学习。\n王𠈌：结合自身工作谈了学习体会。',
    resolutions: '同意接收陈六为预备党员，应到28人，实到25人，赞成25票。',
  };
}

export function studyRecordFixture(overrides: Partial<StudyRecordData> = {}): StudyRecordData {
  return {
    year: 2026,
    name: '王𠈌',
    branchName: '第一党支部',
    gender: '男',
    birthDate: '1958-07-09',
    joinDate: '1985-06-01',
    targetHours: 32,
    rows: [
      { date: '2026-03-05', content: LONG_TOPIC, form: '党课', hours: 4, organiser: '龚䶮' },
      {
        date: '2026-01-10',
        content: '1月主题党日：学习新修订的纪律处分条例',
        form: '主题党日',
        hours: 2,
        organiser: '第一党支部',
      },
      {
        date: '2026-06-20',
        content: '支部党员大会',
        form: '支部党员大会',
        hours: 1.5,
        organiser: '第一党支部',
        note: '迟到',
      },
    ],
    ...overrides,
  };
}
