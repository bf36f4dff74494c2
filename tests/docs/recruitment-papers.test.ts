import { afterAll, describe, expect, it } from 'vitest';
import {
  buildAssessmentRegister,
  buildBranchResolution,
  buildPublicityNotice,
  buildRecordSheet,
} from '../../renderer/src/documents/recruitment-papers';
import type { CasePaperData } from '../../renderer/src/documents/recruitment-papers';
import { completedCase, MEMBER_NAMES } from '../fixtures/recruitment-case';
import { cleanUp, renderDocx, squeeze } from './libreoffice';

afterAll(cleanUp);

const A4 = /^595\.\d+ x 841\.\d+ pts/;

function data(): CasePaperData {
  return { ...completedCase(), branchName: '第一党支部', officeName: '中共幸福社区委员会', memberNames: MEMBER_NAMES };
}

describe('发展党员 papers opened in LibreOffice', () => {
  it('the 纪实表 shows every step with its date on A4', async () => {
    {
      const paper = data();
      const pdf = renderDocx(await buildRecordSheet(paper), 'recruitment-record');
      expect(pdf.pageSize).toMatch(A4);
      const text = squeeze(pdf.text);
      for (const step of paper.steps) {
        const [year, month, day] = step.date.split('-').map(Number);
        expect(text).toContain(`${year}年${month}月${day}日`);
      }
      expect(text).toContain('2024年1月15日');
      expect(text).toContain('张三、李四');
    }
  });

  it('the assessment register lists both half-yearly assessments with the 培养联系人', async () => {
    const text = squeeze(renderDocx(await buildAssessmentRegister(data()), 'recruitment-assessments').text);
    for (const expected of [
      '入党积极分子培养考察登记',
      '培养联系人：张三',
      '2024年9月1日',
      '学习认真，表现良好',
      '2025年2月20日',
    ])
      expect(text).toContain(expected);
  });

  it('the 公示 is a 公文 with its period and 落款', async () => {
    const pdf = renderDocx(await buildPublicityNotice(data(), '李梅 023-12345678'), 'recruitment-publicity');
    expect(pdf.pageSize).toMatch(A4);
    const text = squeeze(pdf.text);
    for (const expected of [
      '关于拟发展赵六同志为中共预备党员的公示',
      '公示时间：2025年5月10日至2025年5月14日（5天）',
      '入党介绍人：张三、李四',
      '中共幸福社区委员会',
      '2025年5月10日',
    ])
      expect(text).toContain(expected);
  });

  it('the 支部大会决议 states the vote and that it passed', async () => {
    const text = squeeze(
      renderDocx(await buildBranchResolution(data(), 'admission-vote'), 'recruitment-resolution').text,
    );
    for (const expected of [
      '关于接收赵六同志为中共预备党员的决议',
      '应到9人，实到8人；赞成7票，反对1票，弃权0票',
      '超过应到会有表决权党员的半数',
      '同意赵六同志为中共预备党员',
    ])
      expect(text).toContain(expected);
  });
});
