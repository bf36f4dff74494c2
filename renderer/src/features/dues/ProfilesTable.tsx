import {
  Alert,
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import type { ProfileInput } from '../../db/repositories/dues-repository';
import { saveDuesProfiles } from '../../db/repositories/dues-repository';
import type { DuesProfile } from '../../domain/entities/dues';
import { duesCategories } from '../../domain/entities/dues';
import { yearMonthSchema } from '../../domain/entities/dues-month';
import { monthlyDues } from '../../domain/rules/dues-amount';
import { checkProfileDraft, profileForMonth } from '../../domain/rules/dues-profile';
import type { ProfileDraft } from '../../domain/rules/dues-profile';
import { formatFen } from '../../domain/rules/money';
import { ReliefDialog } from './ReliefDialog';
import type { BranchDues } from './use-dues';
import { LeaveGuard } from '../../ui/LeaveGuard';

const yuan = (fen: number | undefined) => (fen === undefined ? '' : String(fen / 100));

function draftFrom(profile: DuesProfile | undefined): ProfileDraft {
  return {
    category: profile?.category ?? '',
    base: yuan(profile?.baseFen),
    fixed: profile?.category === '农民' ? yuan(profile.fixedFen) : '',
  };
}

/** Once a year (or on a change of income): each member's category and base, from a month on. */
export function ProfilesTable({ data, year }: { data: BranchDues; year: number }) {
  const db = useDatabase();
  const notify = useNotify();
  const [from, setFrom] = useState(`${String(year)}-01`);
  const [drafts, setDrafts] = useState<Record<string, ProfileDraft>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [relief, setRelief] = useState<{ memberId: string; name: string } | null>(null);
  const rates = data.settings.rates;
  const validFrom = yearMonthSchema.safeParse(from).success;
  const stored = (memberId: string) =>
    validFrom ? profileForMonth(data.facts.get(memberId)?.profiles ?? [], from) : undefined;
  const draftOf = (memberId: string) => drafts[memberId] ?? draftFrom(stored(memberId));
  const edit = (memberId: string, patch: Partial<ProfileDraft>) =>
    setDrafts((d) => ({ ...d, [memberId]: { ...draftOf(memberId), ...patch } }));

  const save = async () => {
    if (!validFrom) return setProblems(['生效月份格式应为 YYYY-MM']);
    const errors: string[] = [];
    const inputs: ProfileInput[] = [];
    for (const member of data.members) {
      const draft = drafts[member.id];
      if (draft === undefined) continue;
      const result = checkProfileDraft(draft, rates);
      if (!result.ok) {
        errors.push(`${member.name}：${result.message}`);
        continue;
      }
      const previous = stored(member.id);
      inputs.push({
        memberId: member.id,
        effectiveFrom: from,
        fields: {
          category: result.category,
          ...(result.baseFen === undefined ? {} : { baseFen: result.baseFen }),
          ...(result.fixedFen === undefined ? {} : { fixedFen: result.fixedFen }),
          ...(previous?.relief === undefined ? {} : { relief: previous.relief }),
        },
      });
    }
    setProblems(errors);
    if (errors.length > 0 || inputs.length === 0) return;
    try {
      await saveDuesProfiles(db, inputs);
      setDrafts({});
      notify.success(`已保存 ${String(inputs.length)} 名党员的缴费类别和基数（自 ${from} 起）`);
    } catch (error) {
      notify.error(error, '保存失败，请重试。');
    }
  };

  return (
    <Stack spacing={2}>
      <LeaveGuard when={Object.keys(drafts).length > 0} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField label="生效月份" value={from} onChange={(e) => setFrom(e.target.value)} sx={{ width: 140 }} />
        <Button variant="contained" onClick={() => void save()} disabled={Object.keys(drafts).length === 0}>
          保存
        </Button>
        <Typography variant="body2" color="text.secondary">
          在职按税后月工资、离退休按月离退休费填写基数（元）；农民填每月金额（0.2–1 元）；其他类别按标准金额。
        </Typography>
      </Stack>
      {problems.map((p) => (
        <Alert key={p} severity="error">
          {p}
        </Alert>
      ))}
      <Table size="small" data-testid="dues-profiles">
        <TableHead>
          <TableRow>
            <TableCell>姓名</TableCell>
            <TableCell>缴费类别</TableCell>
            <TableCell>月收入基数（元）</TableCell>
            <TableCell>农民每月（元）</TableCell>
            <TableCell>月应交（元）及计算方法</TableCell>
            <TableCell>少交/免交</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.members.map((member) => {
            const draft = draftOf(member.id);
            const checked = checkProfileDraft(draft, rates);
            const previous = stored(member.id);
            const amount = checked.ok
              ? monthlyDues(
                  {
                    ...(previous ?? { id: '', createdAt: '', updatedAt: '', memberId: member.id, effectiveFrom: from }),
                    category: checked.category,
                    ...(checked.baseFen === undefined ? {} : { baseFen: checked.baseFen }),
                    ...(checked.fixedFen === undefined ? {} : { fixedFen: checked.fixedFen }),
                  },
                  rates,
                )
              : undefined;
            return (
              <TableRow key={member.id} data-testid="dues-profile-row" data-member={member.name}>
                <TableCell>{member.name}</TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    value={draft.category}
                    onChange={(e) => edit(member.id, { category: e.target.value })}
                    sx={{ minWidth: 150 }}
                    slotProps={{ htmlInput: { 'aria-label': `${member.name}的缴费类别` } }}
                  >
                    <MenuItem value="">（未设置）</MenuItem>
                    {duesCategories.map((c) => (
                      <MenuItem key={c} value={c}>
                        {c}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
                <TableCell>
                  <TextField
                    size="small"
                    value={draft.base}
                    onChange={(e) => edit(member.id, { base: e.target.value })}
                    slotProps={{ htmlInput: { 'aria-label': `${member.name}的月收入基数` } }}
                    sx={{ width: 130 }}
                  />
                </TableCell>
                <TableCell>
                  <TextField
                    size="small"
                    value={draft.fixed}
                    disabled={draft.category !== '农民'}
                    onChange={(e) => edit(member.id, { fixed: e.target.value })}
                    sx={{ width: 100 }}
                  />
                </TableCell>
                <TableCell sx={{ maxWidth: 380 }}>
                  {amount === undefined ? (
                    <Typography
                      variant="body2"
                      color={draft.category === '' && draft.base === '' ? 'text.secondary' : 'error'}
                    >
                      {checked.ok ? '' : checked.message}
                    </Typography>
                  ) : (
                    <>
                      <strong>{formatFen(amount.fen)}</strong>
                      <Typography variant="caption" component="div" color="text.secondary">
                        {amount.explanation}
                      </Typography>
                    </>
                  )}
                </TableCell>
                <TableCell>
                  <Button
                    size="small"
                    disabled={previous === undefined}
                    onClick={() => setRelief({ memberId: member.id, name: member.name })}
                  >
                    {previous?.relief?.kind ?? '设置'}
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {relief === null ? null : (
        <ReliefDialog
          name={relief.name}
          memberId={relief.memberId}
          from={from}
          profile={stored(relief.memberId)}
          onClose={() => setRelief(null)}
        />
      )}
    </Stack>
  );
}
