import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { errorMessage, useNotify } from '../../app/notifications';
import { applyRosterImport } from '../../db/repositories/roster-import-repository';
import { todayIso } from '../../domain/entities/dates';
import type { Member } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';
import type { ImportPreview, RowStatus } from '../../io/roster-import/preview';
import type { SheetData } from '../../io/roster-import/read-spreadsheet';
import { getPlatform } from '../../platform/api';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportSheetsPanel } from './ImportSheetsPanel';

const OPEN_FILTER = [{ name: '电子表格（.xlsx、.xls、.csv）', extensions: ['xlsx', 'xls', 'csv'] }];
const MAX_BYTES = 50 * 1024 * 1024;
const COUNT_COLORS: Record<RowStatus, 'success' | 'info' | 'default' | 'error'> = {
  new: 'success',
  update: 'info',
  unchanged: 'default',
  error: 'error',
};

/** Import is two steps: a preview of every row, then one transaction on confirm. */
export function ImportDialog({
  members,
  units,
  onClose,
}: {
  members: Member[];
  units: OrgUnit[];
  onClose: () => void;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const [fileName, setFileName] = useState('');
  const [sheets, setSheets] = useState<SheetData[] | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [createUnits, setCreateUnits] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [chosenSheets, setChosenSheets] = useState<string[] | undefined>(undefined);
  const [declinedMatches, setDeclinedMatches] = useState<string[]>([]);
  const [nativeFromId, setNativeFromId] = useState(true);

  useEffect(() => {
    if (sheets === null) return;
    let cancelled = false;
    void Promise.all([import('../../io/roster-import/preview'), import('../../io/divisions')])
      .then(async ([{ buildImportPreviewInSlices }, { loadDivisions }]) =>
        buildImportPreviewInSlices(sheets, members, units, {
          createMissingUnits: createUnits,
          today: todayIso(),
          sheets: chosenSheets,
          declinedBranchMatches: declinedMatches,
          divisions: await loadDivisions(),
          nativePlaceFromId: nativeFromId,
        }),
      )
      .then(
        (next) => {
          if (!cancelled) {
            setPreview(next);
            setProblem(null);
          }
        },
        (error: unknown) => {
          if (!cancelled) {
            setPreview(null);
            setProblem(errorMessage(error, '无法读取这个文件。'));
          }
        },
      );
    return () => {
      cancelled = true;
    };
    // The preview is made against the roster as it was when the file was chosen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sheets, createUnits, chosenSheets, declinedMatches, nativeFromId]);

  const choose = async () => {
    setWorking(true);
    setProblem(null);
    try {
      const file = await getPlatform().openFile(OPEN_FILTER, MAX_BYTES);
      if (file === null) return;
      setFileName(file.name);
      setPreview(null);
      setChosenSheets(undefined);
      setDeclinedMatches([]);
      const { readSpreadsheet } = await import('../../io/roster-import/read-spreadsheet');
      setSheets(await readSpreadsheet(file.bytes, file.name));
    } catch (error) {
      setSheets(null);
      setPreview(null);
      setProblem(errorMessage(error, '无法读取这个文件。'));
    } finally {
      setWorking(false);
    }
  };

  const confirm = async () => {
    if (preview === null) return;
    setWorking(true);
    try {
      const result = await applyRosterImport(db, preview);
      notify.success(
        `导入完成：新增 ${result.created} 人，更新 ${result.updated} 人${result.unitsCreated > 0 ? `，新建组织 ${result.unitsCreated} 个` : ''}`,
      );
      onClose();
    } catch (error) {
      notify.error(error, '导入失败，名册没有任何改动。');
    } finally {
      setWorking(false);
    }
  };

  const exportErrors = async () => {
    if (preview === null) return;
    try {
      const { buildImportErrorWorkbook } = await import('../../io/roster-export/roster-workbook');
      const bytes = await buildImportErrorWorkbook(
        preview.rows.filter((row) => row.status === 'error'),
        preview.headers,
      );
      const saved = await getPlatform().saveFile(bytes, `导入错误行-${todayIso()}.xlsx`, [
        { name: 'Excel 工作簿', extensions: ['xlsx'] },
      ]);
      if (saved !== null) notify.success(`已保存：${saved.path ?? saved.name}`);
    } catch (error) {
      notify.error(error);
    }
  };

  const writable = preview === null ? 0 : preview.counts.new + preview.counts.update;
  return (
    <Dialog open fullWidth maxWidth="xl" onClose={(_event, reason) => reason !== 'backdropClick' && onClose()}>
      <DialogTitle>从 Excel 导入党员</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Typography>
            支持 .xlsx、旧版 .xls（Excel 97-2003、WPS）和 .csv（最大 50 MB）。表头可在标题行下方，列名可用常见写法
            （如“出生年月”“身份证号码”“手机”“外出流向”）；合计行、落款和重复的表头会自动跳过。只有姓名缺失、身份证号错误、
            日期晚于今天、转正早于入党、同一人两行不一致的行不能导入；其余疑点照常导入并标为“待核实”。
          </Typography>
          <Stack direction="row" sx={{ gap: 2, alignItems: 'center' }}>
            <Button variant="outlined" onClick={() => void choose()} disabled={working}>
              选择文件
            </Button>
            {fileName !== '' && <Typography>{fileName}</Typography>}
            {(working || (sheets !== null && preview === null && problem === null)) && (
              <CircularProgress size={24} aria-label="正在读取" />
            )}
          </Stack>
          {problem !== null && (
            <Alert severity="error" role="alert" data-testid="import-problem">
              {problem} 名册没有任何改动。
            </Alert>
          )}
          {preview !== null && (
            <>
              <Stack
                direction="row"
                sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}
                data-testid="import-counts"
              >
                <Typography>工作表“{preview.sheetName}”：</Typography>
                {(['new', 'update', 'unchanged', 'error'] as const).map((status) => (
                  <Chip
                    key={status}
                    color={COUNT_COLORS[status]}
                    label={`${{ new: '新增', update: '将更新', unchanged: '无变化', error: '有错误' }[status]} ${preview.counts[status]}`}
                  />
                ))}
                <Chip color="warning" label={`有提示 ${preview.withWarnings}`} />
                {preview.emptyRows > 0 && preview.skipped.length === 0 && (
                  <Typography color="text.secondary">（跳过空行 {preview.emptyRows}）</Typography>
                )}
              </Stack>
              <ImportSheetsPanel
                preview={preview}
                onToggleSheet={(name, selected) => {
                  const current = preview.sheets.filter((sheet) => sheet.selected).map((sheet) => sheet.name);
                  setChosenSheets(selected ? [...current, name] : current.filter((one) => one !== name));
                }}
                declinedMatches={declinedMatches}
                onToggleMatch={(typed, accepted) =>
                  setDeclinedMatches((before) =>
                    accepted ? before.filter((one) => one !== typed) : [...before, typed],
                  )
                }
                nativeFromId={nativeFromId}
                onNativeFromId={setNativeFromId}
              />
              {(preview.newBranches.length > 0 || preview.newGroups.length > 0 || !createUnits) && (
                <Alert severity="info">
                  <FormControlLabel
                    control={
                      <Checkbox checked={createUnits} onChange={(event) => setCreateUnits(event.target.checked)} />
                    }
                    label={
                      createUnits
                        ? `表中有名册里没有的组织，确认导入时一并创建：${[
                            ...preview.newBranches,
                            ...preview.newGroups.map((one) => `${one.branch} / ${one.group}`),
                          ].join('、')}`
                        : '创建表中新出现的党支部和党小组'
                    }
                  />
                </Alert>
              )}
              <Box>
                <ImportPreviewTable
                  rows={preview.rows}
                  manySheets={preview.sheets.filter((sheet) => sheet.selected).length > 1}
                />
              </Box>
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {preview !== null && preview.counts.error > 0 && (
          <Button onClick={() => void exportErrors()} sx={{ mr: 'auto' }}>
            导出错误行（{preview.counts.error}）
          </Button>
        )}
        <Button onClick={onClose}>取消</Button>
        <Button variant="contained" disabled={writable === 0 || working} onClick={() => void confirm()}>
          确认导入（{writable} 人）
        </Button>
      </DialogActions>
    </Dialog>
  );
}
