import {
  Alert,
  Button,
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { activitiesBetween } from '../../db/repositories/activity-reads';
import { deletePlanItem, planItemsOfYear, savePlanItem } from '../../db/repositories/plan-repository';
import { getOfficeSettings } from '../../db/repositories/settings-repository';
import { todayIso } from '../../domain/entities/dates';
import type { PlanItem } from '../../domain/entities/education-plan';
import { formatFen } from '../../domain/rules/money';
import type { PlanItemStatus } from '../../domain/rules/plan-vs-actual';
import { matchPlanToActual, planItemStatusLabels } from '../../domain/rules/plan-vs-actual';
import { getPlatform } from '../../platform/api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PlanItemDialog } from './PlanItemDialog';
import { useActivityTypes, useLecturers } from './use-resource-data';
import { YearPicker, yearsAround } from '../../ui/YearPicker';

const STATUS_COLOURS: Record<PlanItemStatus, 'success' | 'default' | 'error'> = {
  held: 'success',
  pending: 'default',
  overdue: 'error',
};

/** 年度党员教育培训计划: the year's planned items, plan against actual, and the Word document. */
export function PlanTab() {
  const db = useDatabase();
  const notify = useNotify();
  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState<PlanItem | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<PlanItem | null>(null);
  const types = useActivityTypes();
  const lecturers = useLecturers();
  const items = useLiveQuery(() => planItemsOfYear(db, year), [db, year]);
  const activities = useLiveQuery(() => activitiesBetween(db, `${year}-01-01`, `${year}-12-31`), [db, year]);
  const typeNames = new Map(types.map((type) => [type.id, type.name]));
  const progress = matchPlanToActual(
    items ?? [],
    (activities ?? []).map((activity) => ({ ...activity, typeName: typeNames.get(activity.typeId) ?? '' })),
    today,
  );
  const counts = { held: 0, pending: 0, overdue: 0 };
  for (const entry of progress) counts[entry.status] += 1;
  const totalFen = (items ?? []).reduce((sum, item) => sum + item.budgetFen, 0);

  const exportWord = async () => {
    try {
      const [{ buildEducationPlanDocx }, office] = await Promise.all([
        import('../../documents/education-plan'),
        getOfficeSettings(db),
      ]);
      const bytes = await buildEducationPlanDocx({
        officeName: office.officeName,
        year,
        date: today,
        rows: (items ?? []).map((item) => ({
          month: item.month,
          typeName: item.typeName,
          topic: item.topic,
          targetGroup: item.targetGroup,
          lecturer: item.lecturerName ?? '',
          hours: item.hours,
          budgetFen: item.budgetFen,
        })),
      });
      const saved = await getPlatform().saveFile(bytes, `${year}年度党员教育培训计划.docx`, [
        { name: 'Word 文档', extensions: ['docx'] },
      ]);
      if (saved !== null) notify.success(`已导出“${saved.name}”`);
    } catch (error) {
      notify.error(error, '导出失败，请重试。');
    }
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <YearPicker value={year} onChange={setYear} years={yearsAround(thisYear)} />
        <Button variant="contained" onClick={() => setEditing(null)}>
          添加计划项目
        </Button>
        <Button variant="outlined" disabled={(items ?? []).length === 0} onClick={() => void exportWord()}>
          导出 Word 计划
        </Button>
        <Typography data-testid="plan-summary">
          共 {progress.length} 项：已开展 {counts.held}，未到期 {counts.pending}，已逾期 {counts.overdue}；预算合计{' '}
          {formatFen(totalFen)} 元
        </Typography>
      </Stack>
      {year < thisYear ? (
        <Alert severity="info">{year} 年已经过去：可以查看计划执行情况，但不能再添加计划项目。</Alert>
      ) : null}
      {items !== undefined && items.length === 0 ? (
        <Typography color="text.secondary">
          {year} 年还没有计划。每年年初可在这里列出全年的党课、主题党日、集中轮训、实地考察等安排，并导出 Word
          计划印发。
        </Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label="计划项目">
            <TableHead>
              <TableRow>
                <TableCell>月份</TableCell>
                <TableCell>形式</TableCell>
                <TableCell>主题</TableCell>
                <TableCell>对象</TableCell>
                <TableCell>主讲人</TableCell>
                <TableCell>学时</TableCell>
                <TableCell>预算（元）</TableCell>
                <TableCell>执行情况</TableCell>
                <TableCell align="right">操作</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {progress.map(({ item, status, activity }) => (
                <TableRow key={item.id}>
                  <TableCell>{item.month} 月</TableCell>
                  <TableCell>{item.typeName}</TableCell>
                  <TableCell>{item.topic}</TableCell>
                  <TableCell>{item.targetGroup}</TableCell>
                  <TableCell>{item.lecturerName ?? ''}</TableCell>
                  <TableCell>{item.hours}</TableCell>
                  <TableCell>{formatFen(item.budgetFen)}</TableCell>
                  <TableCell>
                    <Chip size="small" color={STATUS_COLOURS[status]} label={planItemStatusLabels[status]} />
                    {activity === undefined ? null : (
                      <Typography variant="body2" color="text.secondary">
                        {activity.date} {activity.title}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Button size="small" disabled={item.year < thisYear} onClick={() => setEditing(item)}>
                      编辑
                    </Button>
                    <Button size="small" color="error" onClick={() => setDeleting(item)}>
                      删除
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {editing === undefined ? null : (
        <PlanItemDialog
          item={editing}
          year={year < thisYear ? thisYear : year}
          today={today}
          types={types}
          lecturers={lecturers}
          onClose={() => setEditing(undefined)}
          onSave={async (fields) => {
            try {
              await savePlanItem(db, fields, today, editing?.id);
              notify.success('计划项目已保存');
              setEditing(undefined);
              setYear(fields.year);
            } catch (error) {
              notify.error(error, '保存失败，请重试；已填写的内容仍在表单中。');
            }
          }}
        />
      )}
      {deleting === null ? null : (
        <ConfirmDialog
          title="删除计划项目"
          message={`删除 ${deleting.month} 月的“${deleting.topic}”？`}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            deletePlanItem(db, deleting.id).catch((error: unknown) => notify.error(error));
            setDeleting(null);
          }}
        />
      )}
    </Stack>
  );
}
