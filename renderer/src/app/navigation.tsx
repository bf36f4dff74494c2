import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import AssessmentOutlined from '@mui/icons-material/AssessmentOutlined';
import SchoolOutlined from '@mui/icons-material/SchoolOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import EventNoteOutlined from '@mui/icons-material/EventNoteOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import CastForEducationOutlined from '@mui/icons-material/CastForEducationOutlined';
import GroupAddOutlined from '@mui/icons-material/GroupAddOutlined';
import AccountBalanceWalletOutlined from '@mui/icons-material/AccountBalanceWalletOutlined';
import HowToVoteOutlined from '@mui/icons-material/HowToVoteOutlined';
import VolunteerActivismOutlined from '@mui/icons-material/VolunteerActivismOutlined';
import FavoriteBorderOutlined from '@mui/icons-material/FavoriteBorderOutlined';
import EmojiEventsOutlined from '@mui/icons-material/EmojiEventsOutlined';
import LeaderboardOutlined from '@mui/icons-material/LeaderboardOutlined';
import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent, ReactElement } from 'react';

export interface NavigationEntry {
  /** Route path; the first segment identifies the section. */
  path: string;
  label: string;
  icon: ReactElement;
  page: LazyExoticComponent<ComponentType>;
  /** Extra routes of the section (detail pages), rendered without their own navigation entry. */
  subRoutes?: { path: string; page: LazyExoticComponent<ComponentType> }[];
}

/**
 * The left navigation, in the order the office works: 概览, 党员名册, 发展党员, 组织架构, 活动, 学习档案, 党费, 统计考核,
 * 文书中心, 师资课件, 交换与汇总, 数据与备份, 设置. An entry appears once its page does real work.
 * Pages load when first opened, so start-up stays fast.
 */
export const NAVIGATION: NavigationEntry[] = [
  {
    path: '/',
    label: '概览',
    icon: <DashboardOutlined />,
    page: lazy(() => import('../features/overview/OverviewPage')),
  },
  {
    path: '/members',
    label: '党员名册',
    icon: <PeopleAltOutlined />,
    page: lazy(() => import('../features/roster/RosterPage')),
    subRoutes: [
      { path: '/members/:id', page: lazy(() => import('../features/roster/member-detail/MemberDetailPage')) },
    ],
  },
  {
    path: '/recruitment',
    label: '发展党员',
    icon: <GroupAddOutlined />,
    page: lazy(() => import('../features/recruitment/RecruitmentPage')),
    subRoutes: [{ path: '/recruitment/:id', page: lazy(() => import('../features/recruitment/CasePage')) }],
  },
  {
    path: '/organisation',
    label: '组织架构',
    icon: <AccountTreeOutlined />,
    page: lazy(() => import('../features/organisation/OrganisationPage')),
  },
  {
    path: '/activities',
    label: '活动',
    icon: <EventNoteOutlined />,
    page: lazy(() => import('../features/activities/ActivitiesPage')),
    subRoutes: [
      { path: '/activities/:id', page: lazy(() => import('../features/activities/ActivityDetailPage')) },
      { path: '/activities/:id/sheet', page: lazy(() => import('../features/activities/SignInSheetPage')) },
      { path: '/activities/member/:memberId', page: lazy(() => import('../features/activities/MemberActivitiesPage')) },
    ],
  },
  {
    path: '/archive',
    label: '学习档案',
    icon: <SchoolOutlined />,
    page: lazy(() => import('../features/archive/ArchivePage')),
    subRoutes: [
      { path: '/archive/member/:memberId', page: lazy(() => import('../features/archive/MemberArchivePage')) },
    ],
  },
  {
    path: '/dues',
    label: '党费',
    icon: <AccountBalanceWalletOutlined />,
    page: lazy(() => import('../features/dues/DuesPage')),
  },
  {
    path: '/statistics',
    label: '统计考核',
    icon: <AssessmentOutlined />,
    page: lazy(() => import('../features/statistics/StatisticsPage')),
  },
  {
    path: '/review',
    label: '民主评议',
    icon: <HowToVoteOutlined />,
    page: lazy(() => import('../features/review/ReviewPage')),
    subRoutes: [{ path: '/review/:roundId', page: lazy(() => import('../features/review/ReviewRoundPage')) }],
  },
  {
    path: '/honours',
    label: '创先争优',
    icon: <EmojiEventsOutlined />,
    page: lazy(() => import('../features/honours/HonoursPage')),
  },
  {
    path: '/care',
    label: '关怀帮扶',
    icon: <FavoriteBorderOutlined />,
    page: lazy(() => import('../features/care/CarePage')),
  },
  {
    path: '/in-service',
    label: '在职党员报到',
    icon: <VolunteerActivismOutlined />,
    page: lazy(() => import('../features/in-service/InServicePage')),
    subRoutes: [{ path: '/in-service/:id', page: lazy(() => import('../features/in-service/InServiceMemberPage')) }],
  },
  {
    path: '/documents',
    label: '文书中心',
    icon: <DescriptionOutlined />,
    page: lazy(() => import('../features/documents/DocumentCenterPage')),
    subRoutes: [
      { path: '/documents/notice/:activityId', page: lazy(() => import('../features/documents/NoticeEditorPage')) },
      { path: '/documents/minutes/:activityId', page: lazy(() => import('../features/documents/MinutesPrintPage')) },
      {
        path: '/documents/study-record/:memberId',
        page: lazy(() => import('../features/documents/StudyRecordPrintPage')),
      },
    ],
  },
  {
    path: '/resources',
    label: '师资课件',
    icon: <CastForEducationOutlined />,
    page: lazy(() => import('../features/resources/ResourcesPage')),
  },
  {
    path: '/exchange',
    label: '交换与汇总',
    icon: <LeaderboardOutlined />,
    page: lazy(() => import('../features/exchange/ExchangePage')),
  },
  {
    path: '/data',
    label: '数据与备份',
    icon: <BackupOutlined />,
    page: lazy(() => import('../features/backup/DataPage')),
  },
  {
    path: '/settings',
    label: '设置',
    icon: <SettingsOutlined />,
    page: lazy(() => import('../features/settings/SettingsPage')),
  },
];
