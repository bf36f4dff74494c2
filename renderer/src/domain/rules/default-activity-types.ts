import type { ActivityType, FrequencyRule } from '../entities/activity';

export interface DefaultActivityType {
  id: string;
  name: string;
  defaultHours: number;
  frequency: FrequencyRule;
  isOrganisationalLife: boolean;
}

const monthlyBranch: FrequencyRule = { period: 'month', times: 1, level: 'branch' };
const quarterlyBranch: FrequencyRule = { period: 'quarter', times: 1, level: 'branch' };
const yearlyBranch: FrequencyRule = { period: 'year', times: 1, level: 'branch' };
const noRule: FrequencyRule = { period: 'none', times: 0, level: 'committee' };

/**
 * The built-in types with STABLE ids: every PC creates the same ids, so the ledgers of two PCs can be
 * merged without two "党课" types. Frequencies per DOMAIN.md (支部工作条例 2018 arts. 11–19; 党员教育
 * 管理工作条例 2019 arts. 16, 18). Hours follow the common local rule: 1 学时 per hour of branch study,
 * 4 per half-day lecture, 8 per full training day — editable per type and per activity.
 */
export const DEFAULT_ACTIVITY_TYPES: readonly DefaultActivityType[] = [
  {
    id: 'a0c71e00-5e1f-4a11-8000-000000000001',
    name: '支部党员大会',
    defaultHours: 2,
    frequency: quarterlyBranch,
    isOrganisationalLife: true,
  },
  {
    id: 'a0c71e00-5e1f-4a11-8000-000000000002',
    name: '支部委员会会议',
    defaultHours: 1,
    frequency: monthlyBranch,
    isOrganisationalLife: true,
  },
  {
    id: 'a0c71e00-5e1f-4a11-8000-000000000003',
    name: '党小组会',
    defaultHours: 1,
    frequency: { period: 'month', times: 1, level: 'group' },
    isOrganisationalLife: true,
  },
  {
    id: 'a0c71e00-5e1f-4a11-8000-000000000004',
    name: '党课',
    defaultHours: 2,
    frequency: quarterlyBranch,
    isOrganisationalLife: true,
  },
  {
    id: 'a0c71e00-5e1f-4a11-8000-000000000005',
    name: '主题党日',
    defaultHours: 2,
    frequency: monthlyBranch,
    isOrganisationalLife: true,
  },
  {
    id: 'a0c71e00-5e1f-4a11-8000-000000000006',
    name: '组织生活会',
    defaultHours: 2,
    frequency: yearlyBranch,
    isOrganisationalLife: true,
  },
  {
    id: 'a0c71e00-5e1f-4a11-8000-000000000007',
    name: '民主评议党员',
    defaultHours: 2,
    frequency: yearlyBranch,
    isOrganisationalLife: true,
  },
  {
    id: 'a0c71e00-5e1f-4a11-8000-000000000008',
    name: '谈心谈话',
    defaultHours: 0.5,
    frequency: yearlyBranch,
    isOrganisationalLife: true,
  },
  {
    id: 'a0c71e00-5e1f-4a11-8000-000000000009',
    name: '集中轮训',
    defaultHours: 8,
    frequency: noRule,
    isOrganisationalLife: false,
  },
  {
    id: 'a0c71e00-5e1f-4a11-8000-00000000000a',
    name: '专题讲座',
    defaultHours: 4,
    frequency: noRule,
    isOrganisationalLife: false,
  },
  {
    id: 'a0c71e00-5e1f-4a11-8000-00000000000b',
    name: '实地考察',
    defaultHours: 4,
    frequency: noRule,
    isOrganisationalLife: false,
  },
  {
    id: 'a0c71e00-5e1f-4a11-8000-00000000000c',
    name: '模范示范',
    defaultHours: 2,
    frequency: noRule,
    isOrganisationalLife: false,
  },
  {
    id: 'a0c71e00-5e1f-4a11-8000-00000000000d',
    name: '交流发言',
    defaultHours: 1,
    frequency: noRule,
    isOrganisationalLife: false,
  },
  {
    id: 'a0c71e00-5e1f-4a11-8000-00000000000e',
    name: '案例分析',
    defaultHours: 2,
    frequency: noRule,
    isOrganisationalLife: false,
  },
  {
    id: 'a0c71e00-5e1f-4a11-8000-00000000000f',
    name: '远程教育/观看课件',
    defaultHours: 1,
    frequency: noRule,
    isOrganisationalLife: false,
  },
  {
    id: 'a0c71e00-5e1f-4a11-8000-000000000010',
    name: '志愿服务',
    defaultHours: 2,
    frequency: noRule,
    isOrganisationalLife: false,
  },
  {
    id: 'a0c71e00-5e1f-4a11-8000-000000000011',
    name: '其他',
    defaultHours: 1,
    frequency: noRule,
    isOrganisationalLife: false,
  },
];

/** Names the app and the sample data refer to by meaning. */
export const ACTIVITY_TYPE_IDS = {
  generalMeeting: 'a0c71e00-5e1f-4a11-8000-000000000001',
  committeeMeeting: 'a0c71e00-5e1f-4a11-8000-000000000002',
  groupMeeting: 'a0c71e00-5e1f-4a11-8000-000000000003',
  partyLesson: 'a0c71e00-5e1f-4a11-8000-000000000004',
  themedPartyDay: 'a0c71e00-5e1f-4a11-8000-000000000005',
  lifeMeeting: 'a0c71e00-5e1f-4a11-8000-000000000006',
  democraticReview: 'a0c71e00-5e1f-4a11-8000-000000000007',
  heartToHeart: 'a0c71e00-5e1f-4a11-8000-000000000008',
  training: 'a0c71e00-5e1f-4a11-8000-000000000009',
  lecture: 'a0c71e00-5e1f-4a11-8000-00000000000a',
  fieldVisit: 'a0c71e00-5e1f-4a11-8000-00000000000b',
  volunteer: 'a0c71e00-5e1f-4a11-8000-000000000010',
  caseStudy: 'a0c71e00-5e1f-4a11-8000-00000000000e',
  remote: 'a0c71e00-5e1f-4a11-8000-00000000000f',
} as const;

/** The built-in types as stored records, with a fixed creation time so every PC writes identical rows. */
export function defaultActivityTypeRecords(createdAt = '2026-01-01T00:00:00.000Z'): ActivityType[] {
  return DEFAULT_ACTIVITY_TYPES.map((type, index) => ({
    ...type,
    frequency: { ...type.frequency },
    order: index + 1,
    builtIn: true,
    createdAt,
    updatedAt: createdAt,
  }));
}
