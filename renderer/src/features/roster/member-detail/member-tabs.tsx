import type { ComponentType } from 'react';
import { MemberActivitiesTab } from '../../activities/MemberActivitiesTab';
import { MemberStudyArchiveTab } from '../../archive/MemberStudyArchiveTab';
import { MemberDuesTab } from '../../dues/MemberDuesTab';
import { MemberReviewTab } from '../../review/MemberReviewTab';
import { BasicInfoTab } from './BasicInfoTab';
import { ExemptionTab } from './ExemptionTab';
import { FloatingTab } from './FloatingTab';
import { RelationsTab } from './RelationsTab';

export interface MemberTab {
  label: string;
  Component: ComponentType<{ memberId: string }>;
}

/** The member detail page's tabs, in order. Other features add theirs here with one line (参加活动, 学习档案). */
export const MEMBER_TABS: MemberTab[] = [
  { label: '基本信息', Component: BasicInfoTab },
  { label: '组织关系', Component: RelationsTab },
  { label: '流动情况', Component: FloatingTab },
  { label: '送学上门/出国（境）', Component: ExemptionTab },
  { label: '学习档案', Component: MemberStudyArchiveTab },
  { label: '参加活动', Component: MemberActivitiesTab },
  { label: '党费', Component: MemberDuesTab },
  { label: '评议与荣誉', Component: MemberReviewTab },
];
