import { Alert, Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { membersOnLeave, withLeave } from '../../db/repositories/compliance-repository';
import { AutoBackupFailure } from '../backup/AutoBackupFailure';
import { BackupReminder } from '../backup/BackupReminder';
import { RecruitmentWarnings } from '../recruitment/RecruitmentWarnings';
import { DuesWarnings } from '../dues/DuesWarnings';
import { getOfficeSettings } from '../../db/repositories/settings-repository';
import { todayIso } from '../../domain/entities/dates';
import { loadFiftyYearList } from '../../db/repositories/care-repository';
import { listOrgUnits } from '../../db/repositories/organisation-repository';
import { openCorrectionCases } from '../../db/repositories/review-repository';
import { isFiftyYearSeason } from '../../domain/rules/fifty-years-in-party';
import { fiftyYearWarnings } from '../care/fifty-year-warnings';
import { correctionWarnings } from '../review/ledger-warnings';
import { useOverviewQuery } from './use-overview-query';
import { ExemptMembersCard } from './ExemptMembersCard';
import { FirstRunChecklist } from './FirstRunChecklist';
import { UpcomingActivities } from './UpcomingActivities';
import { WarningItem } from './WarningItem';
import { EmptyStoreNoticeCard } from '../storage/EmptyStoreNoticeCard';
import { StoragePersistenceWarning } from '../storage/StoragePersistenceWarning';
import { buildWarnings } from './warnings';

const QUICK_ACTIONS = [
  { to: '/activities', label: '登记活动' },
  { to: '/members', label: '党员名册' },
  { to: '/archive', label: '学习档案' },
  { to: '/statistics', label: '统计考核' },
];

/** The office's to-do list: what needs doing now, each line leading to where it is done. */
export default function OverviewPage() {
  const db = useDatabase();
  const today = todayIso();
  const office = useLiveQuery(() => getOfficeSettings(db), [db]);
  const computed = useOverviewQuery(db, today);
  // The leave notes on the 组织生活 lists come after the warnings, which do not depend on them.
  const onLeave = useLiveQuery(
    async () => (computed === undefined ? undefined : membersOnLeave(db, computed[0].lifeGaps)),
    [db, computed],
  );
  const corrections = useLiveQuery(() => openCorrectionCases(db), [db]);
  // Read only in the weeks before 七一: the list scans the roster.
  const fifty = useLiveQuery(async () => {
    if (!isFiftyYearSeason(today)) return null;
    const [list, units] = await Promise.all([loadFiftyYearList(db, Number(today.slice(0, 4))), listOrgUnits(db)]);
    return { list, unitName: new Map(units.map((u) => [u.id, u.name])) };
  }, [db, today]);
  const warnings = useMemo(
    () =>
      computed === undefined
        ? undefined
        : [
            ...buildWarnings(onLeave === undefined ? computed[0] : withLeave(computed[0], onLeave), computed[1], {
              leaveChecked: onLeave !== undefined,
            }),
            ...correctionWarnings(corrections ?? [], today),
            ...fiftyYearWarnings(fifty?.list ?? null, (id) => fifty?.unitName.get(id) ?? ''),
          ],
    [computed, onLeave, corrections, today, fifty],
  );
  const missingOfficeDetails = office !== undefined && (office.officeName === '' || office.contactPerson === '');

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100 }}>
      <Typography variant="h5" component="h1">
        概览
      </Typography>
      <EmptyStoreNoticeCard />
      <StoragePersistenceWarning />
      <FirstRunChecklist />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            待办事项
          </Typography>
          <Stack spacing={1} data-testid="todo-list">
            <AutoBackupFailure />
            <BackupReminder />
            {missingOfficeDetails ? (
              <Alert
                severity="info"
                action={
                  <Button component={RouterLink} to="/settings" color="inherit" size="small">
                    去填写
                  </Button>
                }
              >
                请先在“设置”中填写本单位名称、联系人和电话，文书落款会用到它们。
              </Alert>
            ) : null}
            {warnings === undefined ? <CircularProgress size={24} aria-label="正在检查预警" /> : null}
            {warnings?.map((line) => (
              <WarningItem key={line.key} line={line} />
            ))}
            <RecruitmentWarnings />
            <DuesWarnings today={today} />
            {office !== undefined && !missingOfficeDetails && warnings?.length === 0 ? (
              <Alert severity="success">{office.officeName}：目前没有待办事项。</Alert>
            ) : null}
          </Stack>
        </CardContent>
      </Card>
      {computed === undefined ? null : <ExemptMembersCard items={computed[0].exempt} year={computed[0].year} />}
      <UpcomingActivities today={today} />
      <Card variant="outlined" className="no-print">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            常用操作
          </Typography>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {QUICK_ACTIONS.map((action) => (
              <Button key={action.to} variant="outlined" component={RouterLink} to={action.to}>
                {action.label}
              </Button>
            ))}
          </Stack>
        </CardContent>
      </Card>
    </Stack>
  );
}
