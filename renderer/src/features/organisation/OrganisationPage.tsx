import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  FormControlLabel,
  Grid,
  Stack,
  Switch,
  Typography,
} from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import {
  createOrgUnit,
  listOrgUnits,
  listPosts,
  moveGroup,
  renameOrgUnit,
  reinstateOrgUnit,
  reorderOrgUnit,
  retireOrgUnit,
} from '../../db/repositories/organisation-repository';
import { activeMemberCounts, listLiveMembers } from '../../db/repositories/member-reads';
import type { OrgUnit, OrgUnitKind } from '../../domain/entities/organisation';
import { orgUnitKindLabels } from '../../domain/entities/organisation';
import { DateDialog, SelectDialog } from './ChoiceDialogs';
import { CommitteeCard } from './CommitteeCard';
import { TermCard } from './TermCard';
import { NameDialog } from './NameDialog';
import { OrgUnitRow } from './OrgUnitRow';
import type { UnitAction } from './OrgUnitRow';
import { PostsPanel } from './PostsPanel';

type DialogState =
  { mode: 'create'; kind: OrgUnitKind; parentId?: string } | { mode: 'rename' | 'move' | 'retire'; unit: OrgUnit };

/** 组织架构: 党委 → 党支部 → 党小组, and who holds which post. */
export default function OrganisationPage() {
  const db = useDatabase();
  // The committee and term cards count and name the branch's 正式党员.
  const members = useLiveQuery(() => listLiveMembers(db), [db]) ?? [];
  const notify = useNotify();
  const units = useLiveQuery(() => listOrgUnits(db), [db]);
  const posts = useLiveQuery(() => listPosts(db), [db]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [showRetired, setShowRetired] = useState(false);

  const memberCounts = useLiveQuery(async () => activeMemberCounts(db, await listOrgUnits(db)), [db]);

  if (units === undefined || posts === undefined || memberCounts === undefined) return null;
  const visible = units.filter((unit) => showRetired || unit.retiredAt === undefined);
  const childrenOf = (parentId: string | undefined, kind: OrgUnitKind) =>
    visible.filter((unit) => unit.kind === kind && (kind === 'committee' || unit.parentId === parentId));
  const committees = childrenOf(undefined, 'committee');
  const selected = units.find((unit) => unit.id === selectedId);
  const activeBranches = units.filter((unit) => unit.kind === 'branch' && unit.retiredAt === undefined);

  const run = async (action: () => Promise<unknown>, message: string): Promise<boolean> => {
    try {
      await action();
      notify.success(message);
      return true;
    } catch (error) {
      notify.error(error);
      return false;
    }
  };

  const onAction = (unit: OrgUnit, action: UnitAction) => {
    if (action === 'rename' || action === 'move' || action === 'retire') setDialog({ mode: action, unit });
    else if (action === 'add-child') {
      setDialog({ mode: 'create', kind: unit.kind === 'committee' ? 'branch' : 'group', parentId: unit.id });
    } else if (action === 'up' || action === 'down') void reorderOrgUnit(db, unit.id, action === 'up' ? -1 : 1);
    else void run(() => reinstateOrgUnit(db, unit.id), `已恢复“${unit.name}”`);
  };

  const renderUnits = (list: OrgUnit[], depth: number): React.ReactNode =>
    list.map((unit, index) => (
      <Box key={unit.id}>
        <OrgUnitRow
          unit={unit}
          depth={depth}
          selected={unit.id === selectedId}
          memberCount={memberCounts.get(unit.id) ?? 0}
          first={index === 0}
          last={index === list.length - 1}
          onSelect={() => setSelectedId(unit.id)}
          onAction={(action) => onAction(unit, action)}
        />
        {unit.kind !== 'group' &&
          renderUnits(childrenOf(unit.id, unit.kind === 'committee' ? 'branch' : 'group'), depth + 1)}
      </Box>
    ));

  return (
    <Stack spacing={3}>
      <Typography variant="h5" component="h1">
        组织架构
      </Typography>
      {committees.length === 0 && units.every((unit) => unit.kind !== 'committee') ? (
        <Alert
          severity="info"
          action={
            <Button color="inherit" onClick={() => setDialog({ mode: 'create', kind: 'committee' })}>
              创建党委
            </Button>
          }
        >
          先创建本社区的党委（或党总支），再在其下建立党支部和党小组。
        </Alert>
      ) : null}
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Card variant="outlined">
            <CardContent>
              <Stack direction="row" sx={{ mb: 1, justifyContent: 'space-between', alignItems: 'center' }}>
                <Typography variant="h6" component="h2">
                  组织树
                </Typography>
                <FormControlLabel
                  control={<Switch checked={showRetired} onChange={(event) => setShowRetired(event.target.checked)} />}
                  label="显示已撤销的组织"
                />
              </Stack>
              <Box role="group" aria-label="组织树">
                {renderUnits(committees, 0)}
              </Box>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          {selected === undefined ? (
            <Typography color="text.secondary">点选左侧的组织，查看和登记书记、委员、党小组长等职务。</Typography>
          ) : (
            <Stack spacing={2}>
              {selected.kind === 'branch' ? <CommitteeCard unit={selected} members={members} /> : null}
              {selected.kind === 'group' ? null : (
                <TermCard key={selected.updatedAt} unit={selected} members={members} />
              )}
              <PostsPanel unit={selected} posts={posts} />
            </Stack>
          )}
        </Grid>
      </Grid>
      {dialog?.mode === 'create' && (
        <NameDialog
          title={`新建${orgUnitKindLabels[dialog.kind]}`}
          label={`${orgUnitKindLabels[dialog.kind]}名称`}
          initial=""
          onClose={() => setDialog(null)}
          onSubmit={(name) =>
            run(
              () => createOrgUnit(db, { kind: dialog.kind, name, parentId: dialog.parentId }),
              `已创建“${name.trim()}”`,
            )
          }
        />
      )}
      {dialog?.mode === 'rename' && (
        <NameDialog
          title={`重命名${orgUnitKindLabels[dialog.unit.kind]}`}
          label="新名称"
          initial={dialog.unit.name}
          onClose={() => setDialog(null)}
          onSubmit={(name) => run(() => renameOrgUnit(db, dialog.unit.id, name), '已重命名')}
        />
      )}
      {dialog?.mode === 'move' && (
        <SelectDialog
          title={`把“${dialog.unit.name}”移到其他党支部`}
          label="目标党支部"
          options={activeBranches
            .filter((branch) => branch.id !== dialog.unit.parentId)
            .map((branch) => ({ value: branch.id, label: branch.name }))}
          onClose={() => setDialog(null)}
          onSubmit={(branchId) => run(() => moveGroup(db, dialog.unit.id, branchId), '已移动，组内党员随之调整支部')}
        />
      )}
      {dialog?.mode === 'retire' && (
        <DateDialog
          title={`撤销“${dialog.unit.name}”`}
          text="撤销后该组织保留历史记录，但不再接收新党员和活动。"
          label="撤销日期"
          onClose={() => setDialog(null)}
          onSubmit={(date) => run(() => retireOrgUnit(db, dialog.unit.id, date), `已撤销“${dialog.unit.name}”`)}
        />
      )}
    </Stack>
  );
}
