import { Alert, Button, CircularProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { deleteStreetSummary, saveStreetSummaries } from '../../db/repositories/street-summary-repository';
import { getOfficeSettings } from '../../db/repositories/settings-repository';
import { todayIso } from '../../domain/entities/dates';
import { STREET_SUMMARY_EXTENSION } from '../../domain/entities/street-summary';
import { compareCommunities } from '../../domain/rules/street-comparison';
import { decodeStreetSummary, STREET_SUMMARY_MAX_BYTES } from '../../io/street-summary-file';
import { getPlatform } from '../../platform/api';
import { exportTables } from '../archive/export-table';
import { chineseToday, percent } from '../statistics/format';
import { ComparisonTable } from './ComparisonTable';
import {
  COMPARISON_HEADERS,
  comparisonRows,
  comparisonWorkbook,
  MONTH_LABELS,
  trendRows,
  WARNING_HEADERS,
  warningRows,
} from './comparison-tables';
import { useStreetSummaries } from './use-street';

/** The street office's side: the communities' packages imported and compared, ranked, exported. */
export function StreetRollupPanel() {
  const db = useDatabase();
  const notify = useNotify();
  const today = todayIso();
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const fallbackYear = Number(today.slice(0, 4));
  const year = chosenYear ?? fallbackYear;
  const data = useStreetSummaries(year);
  const rows = useMemo(
    () =>
      data === undefined
        ? []
        : compareCommunities(
            data.summaries.map((stored) => stored.summary),
            data.weights,
          ),
    [data],
  );
  if (data === undefined) return <CircularProgress aria-label="正在读取汇总" />;
  const years = [...new Set([...data.years, fallbackYear])].sort((a, b) => b - a);

  const importPackage = async () => {
    setProblem(null);
    try {
      const file = await getPlatform().openFile(
        [{ name: '社区汇总包', extensions: [STREET_SUMMARY_EXTENSION] }],
        STREET_SUMMARY_MAX_BYTES,
      );
      if (file === null) return;
      const summary = await decodeStreetSummary(file.bytes, file.name);
      const outcome = await saveStreetSummaries(db, [{ summary, fileName: file.name }]);
      setChosenYear(summary.year);
      notify.success(
        outcome.replaced.length > 0
          ? `已用新的汇总包替换：${outcome.replaced.join('、')}`
          : `已导入：${outcome.added.join('、')}`,
      );
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  const exportWord = async () => {
    const { buildStreetComparisonReport } = await import('../../documents/street-comparison-report');
    const office = await getOfficeSettings(db);
    const members = rows.reduce((sum, row) => sum + row.members, 0);
    const reaching = rows.reduce((sum, row) => sum + row.membersReachingTarget, 0);
    const bytes = await buildStreetComparisonReport({
      officeName: office.officeName,
      year,
      date: today,
      summary: [
        `汇总社区 ${rows.length} 个，党员 ${members} 名，其中学时达标 ${reaching} 名，达标率 ${percent(members > 0 ? reaching / members : null)}。`,
        `得分按学时达标率（权重 ${data.weights.hours}）、出勤率（权重 ${data.weights.attendance}）、三会一课完成率（权重 ${data.weights.meetings}）加权计算，满分 100 分。`,
        ...rows.map((row) => `${row.community}：统计截至${chineseToday(row.asOf)}，党支部 ${row.branches} 个。`),
      ],
      headers: COMPARISON_HEADERS,
      rows: comparisonRows(rows),
      warningHeaders: WARNING_HEADERS,
      warningRows: warningRows(rows),
    });
    return getPlatform().saveFile(bytes, `${year}年度各社区党员教育情况汇总.docx`, [
      { name: 'Word 文档', extensions: ['docx'] },
    ]);
  };

  return (
    <Stack spacing={2}>
      <Typography>
        街道党工委用：点“导入社区汇总包…”逐个导入各社区交来的 .pdsum 文件（同一社区同一年度再导入会替换旧的），
        下面按与年度考核相同的办法把各社区并列排名。
      </Typography>
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ alignItems: 'center', flexWrap: 'wrap' }}
        className="no-print"
      >
        <TextField
          select
          sx={{ width: 140 }}
          label="年度"
          value={String(year)}
          onChange={(event) => setChosenYear(Number(event.target.value))}
        >
          {years.map((option) => (
            <MenuItem key={option} value={String(option)}>
              {option} 年
            </MenuItem>
          ))}
        </TextField>
        <Button variant="contained" onClick={() => void importPackage()}>
          导入社区汇总包…
        </Button>
        <Button
          variant="outlined"
          disabled={rows.length === 0}
          onClick={() => {
            exportTables(`${year}年度各社区党员教育汇总.xlsx`, comparisonWorkbook(year, rows)).then(
              (ok) => ok && notify.success('已导出 Excel'),
              (error: unknown) => notify.error(error, '导出失败，请重试。'),
            );
          }}
        >
          导出 Excel
        </Button>
        <Button
          variant="outlined"
          disabled={rows.length === 0}
          onClick={() => {
            exportWord().then(
              (file) => file !== null && notify.success('已生成 Word 汇总'),
              (error: unknown) => notify.error(error, '生成 Word 失败，请重试。'),
            );
          }}
        >
          生成 Word 汇总
        </Button>
      </Stack>
      {problem !== null && (
        <Alert severity="error" onClose={() => setProblem(null)}>
          {problem}（已有的汇总没有任何改动。）
        </Alert>
      )}
      {rows.length === 0 ? (
        <Alert severity="info">{year} 年还没有导入任何社区的汇总包。</Alert>
      ) : (
        <>
          <Typography variant="h6" component="h2">
            各社区考核排名
          </Typography>
          <ComparisonTable
            label="各社区考核排名"
            headers={COMPARISON_HEADERS}
            rows={comparisonRows(rows)}
            testId="street-ranking"
          />
          <Typography variant="h6" component="h2">
            各社区预警情况
          </Typography>
          <ComparisonTable
            label="各社区预警情况"
            headers={WARNING_HEADERS}
            rows={warningRows(rows)}
            testId="street-warnings"
          />
          <Typography variant="h6" component="h2">
            月度出勤率
          </Typography>
          <ComparisonTable
            label="各社区月度出勤率"
            headers={['社区', ...MONTH_LABELS]}
            rows={trendRows(rows)}
            testId="street-trend"
          />
          <Typography variant="h6" component="h2">
            已导入的汇总包
          </Typography>
          <Stack spacing={1}>
            {data.summaries.map((stored) => (
              <Stack key={stored.id} direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <Typography>
                  {stored.summary.community}：{stored.fileName}，导入于 {stored.importedAt.slice(0, 10)}
                </Typography>
                <Button
                  size="small"
                  color="error"
                  onClick={() => {
                    deleteStreetSummary(db, stored.id).then(
                      () => notify.success(`已移入回收站：${stored.summary.community}`),
                      (error: unknown) => notify.error(error, '删除失败，请重试。'),
                    );
                  }}
                >
                  移除
                </Button>
              </Stack>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
