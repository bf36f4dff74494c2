import ArrowBack from '@mui/icons-material/ArrowBack';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Tab,
  Tabs,
  Typography,
} from '@mui/material';
import { useLiveQuery } from '../../../ui/use-live-query';
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { useDatabase } from '../../../app/database-context';
import { useNotify } from '../../../app/notifications';
import { deleteMember, getMember, restoreMember, updateMember } from '../../../db/repositories/member-repository';
import { listOrgUnits } from '../../../db/repositories/organisation-repository';
import { membershipStatusLabels } from '../../../domain/entities/member';
import { draftFromMember } from '../../../domain/rules/member-draft';
import { MemberFormDialog } from '../MemberFormDialog';
import { MEMBER_TABS } from './member-tabs';
import { VerifyNotice } from './VerifyNotice';

export default function MemberDetailPage() {
  const { id = '' } = useParams();
  const db = useDatabase();
  const notify = useNotify();
  const navigate = useNavigate();
  const member = useLiveQuery(async () => (await getMember(db, id)) ?? null, [db, id]);
  const units = useLiveQuery(() => listOrgUnits(db), [db]);
  const [tab, setTab] = useState(0);
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  if (member === undefined || units === undefined) return null;
  if (member === null) {
    return (
      <Alert
        severity="warning"
        action={
          <Button component={RouterLink} to="/members">
            返回名册
          </Button>
        }
      >
        找不到这名党员。
      </Alert>
    );
  }
  const current = MEMBER_TABS[tab] ?? MEMBER_TABS[0];

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Button component={RouterLink} to="/members" startIcon={<ArrowBack />}>
          名册
        </Button>
        <Typography variant="h5" component="h1">
          {member.name}
        </Typography>
        <Chip label={member.category} color={member.category === '预备党员' ? 'warning' : 'default'} />
        {member.membershipStatus !== 'active' && <Chip label={membershipStatusLabels[member.membershipStatus]} />}
        <Box sx={{ flex: 1 }} />
        {member.deletedAt === undefined ? (
          <>
            <Button variant="contained" onClick={() => setEditing(true)}>
              编辑
            </Button>
            <Button color="error" onClick={() => setConfirmDelete(true)}>
              删除
            </Button>
          </>
        ) : (
          <Button
            variant="contained"
            onClick={() => {
              restoreMember(db, member.id).then(
                () => notify.success(`已恢复 ${member.name}`),
                (error: unknown) => notify.error(error),
              );
            }}
          >
            从回收站恢复
          </Button>
        )}
      </Stack>
      {member.deletedAt !== undefined && <Alert severity="warning">这条记录在回收站中。</Alert>}
      <VerifyNotice member={member} />
      <Tabs value={tab} onChange={(_event, value: number) => setTab(value)} variant="scrollable">
        {MEMBER_TABS.map((one, index) => (
          <Tab key={one.label} label={one.label} value={index} />
        ))}
      </Tabs>
      {current !== undefined && <current.Component memberId={member.id} />}
      {editing && (
        <MemberFormDialog
          title={`编辑：${member.name}`}
          initial={draftFromMember(member)}
          units={units}
          onClose={() => setEditing(false)}
          onSave={async (fields) => {
            try {
              await updateMember(db, member.id, fields);
              notify.success('已保存');
              return true;
            } catch (error) {
              notify.error(error, '保存失败，已填写的内容仍在表单中。');
              return false;
            }
          }}
        />
      )}
      <Dialog open={confirmDelete} onClose={() => setConfirmDelete(false)}>
        <DialogTitle>删除 {member.name}？</DialogTitle>
        <DialogContent>
          仅用于删除录入错误的记录：删除后进入回收站，可随时恢复。党员转出、去世等请在“组织关系”中登记，不要删除。
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmDelete(false)}>取消</Button>
          <Button
            color="error"
            variant="contained"
            onClick={() => {
              deleteMember(db, member.id).then(
                () => {
                  notify.success(`${member.name} 已移入回收站`);
                  void navigate('/members');
                },
                (error: unknown) => notify.error(error),
              );
            }}
          >
            移入回收站
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
