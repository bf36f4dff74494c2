import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../renderer/src/domain/entities/activity';
import { DEFAULT_DOCUMENT_TEMPLATES } from '../../../renderer/src/domain/entities/document-settings';
import type { OfficeSettings } from '../../../renderer/src/domain/entities/settings';
import {
  activitySubject,
  defaultNoticeDraft,
  noticeDataFromDraft,
} from '../../../renderer/src/documents/activity-documents';
import { buildNotice } from '../../../renderer/src/documents/notice';
import { documentXml, plainText } from '../../documents/ooxml';

const office: OfficeSettings = {
  officeName: '中共幸福里社区委员会',
  address: '',
  contactPerson: '王𠈌',
  contactPhone: '023-68881234',
  hoursTargetMember: 32,
  hoursTargetCadre: 56,
};

function activity(overrides: Partial<Activity>): Activity {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    typeId: 'lesson',
    title: '党课：学习贯彻党的二十大精神',
    orgUnitIds: [],
    date: '2026-03-05',
    startTime: '09:00',
    place: '社区党群服务中心',
    lecturerName: '龚䶮',
    content: '一、学习党的二十大报告\n二、交流学习体会',
    hours: 2,
    materialFileIds: [],
    status: 'planned',
    ...overrides,
  };
}

function draftOf(overrides: Partial<Activity>, typeName: string) {
  const context = { activity: activity(overrides), typeName, organisers: '第一党支部' };
  return defaultNoticeDraft(context, office, DEFAULT_DOCUMENT_TEMPLATES, '2026-03-02');
}

describe('the notice of an activity', () => {
  it('reads the subject after the list label: "党课：…" is a 党课 on …', () => {
    expect(activitySubject('党课：学习贯彻党的二十大精神')).toEqual({
      label: '党课',
      subject: '学习贯彻党的二十大精神',
    });
    expect(activitySubject('支部党员大会: 审议年度计划')).toEqual({ label: '支部党员大会', subject: '审议年度计划' });
    // A colon inside the subject that names no kind of meeting is part of the subject.
    expect(activitySubject('学习：新修订的条例')).toEqual({ label: '', subject: '学习：新修订的条例' });
    expect(activitySubject('2026年第一季度专题党课')).toEqual({ label: '', subject: '2026年第一季度专题党课' });
  });

  it('titles a 党课通知 from the lesson’s subject, never from its list label', () => {
    const draft = draftOf({}, '党课');
    expect(draft.title).toBe('关于开展“学习贯彻党的二十大精神”专题党课的通知');
    expect(draft.title).not.toContain('党课：');
    expect(draft.purpose).toContain('决定开展“学习贯彻党的二十大精神”专题党课。');
    expect(draftOf({ title: '2026年第一季度专题党课' }, '党课').title).toBe('关于开展2026年第一季度专题党课的通知');
    expect(draftOf({ title: '党课：“两个确立”的决定性意义' }, '党课').title).toBe(
      '关于开展“两个确立”的决定性意义专题党课的通知',
    );
  });

  it('titles a meeting by its kind: 召开 a 会, 开展 a 主题党日活动', () => {
    expect(draftOf({ title: '支部党员大会：审议年度计划' }, '支部党员大会').title).toBe('关于召开支部党员大会的通知');
    expect(draftOf({ title: '主题党日：走访困难党员' }, '主题党日').title).toBe('关于开展主题党日活动的通知');
    expect(draftOf({ title: '2026年度组织生活会' }, '组织生活会').title).toBe('关于召开2026年度组织生活会的通知');
  });

  it('三、主讲人与主题 names the lecturer and the 主题; the agenda is 四、学习内容 numbered （一）（二）', async () => {
    const draft = draftOf({}, '党课');
    expect(draft.subject).toBe('主讲人：龚䶮；主题：学习贯彻党的二十大精神');
    expect(draft.subject).not.toContain('一、');
    const text = plainText(documentXml(await buildNotice(noticeDataFromDraft(draft, '党课'))));
    expect(text).toContain('三、主讲人与主题主讲人：龚䶮；主题：学习贯彻党的二十大精神四、学习内容');
    expect(text).toContain('（一）学习党的二十大报告（二）交流学习体会五、参加人员');
    expect(text).not.toContain('一、学习党的二十大报告');
  });

  it('a meeting’s 会议内容 is its agenda a level down; one line stays a plain line', async () => {
    const meeting = draftOf(
      { title: '支部党员大会：审议年度计划', content: '1.传达上级精神\n2.审议年度计划' },
      '支部党员大会',
    );
    const text = plainText(documentXml(await buildNotice(noticeDataFromDraft(meeting, '支部党员大会'))));
    expect(text).toContain('三、会议内容（一）传达上级精神（二）审议年度计划四、参加人员');
    const single = draftOf({ title: '支部党员大会：审议年度计划', content: '' }, '支部党员大会');
    const singleText = plainText(documentXml(await buildNotice(noticeDataFromDraft(single, '支部党员大会'))));
    expect(singleText).toContain('三、会议内容审议年度计划四、参加人员');
  });

  it('a lesson without an agenda prints no 学习内容 section', async () => {
    const draft = draftOf({ content: '' }, '党课');
    const text = plainText(documentXml(await buildNotice(noticeDataFromDraft(draft, '党课'))));
    expect(text).not.toContain('学习内容');
    expect(text).toContain('四、参加人员');
  });
});
