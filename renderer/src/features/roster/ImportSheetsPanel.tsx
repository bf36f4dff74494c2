import { Alert, Box, Checkbox, FormControlLabel, Stack, Typography } from '@mui/material';
import type { ImportPreview } from '../../io/roster-import/preview';

/** The workbook's sheets (tick the ones to import), the rows skipped and why, and branch matches to confirm. */
export function ImportSheetsPanel({
  preview,
  onToggleSheet,
  declinedMatches,
  onToggleMatch,
  nativeFromId,
  onNativeFromId,
}: {
  preview: ImportPreview;
  onToggleSheet: (name: string, selected: boolean) => void;
  declinedMatches: readonly string[];
  onToggleMatch: (typed: string, accepted: boolean) => void;
  nativeFromId: boolean;
  onNativeFromId: (value: boolean) => void;
}) {
  const reasons = new Map<string, number>();
  for (const row of preview.skipped) reasons.set(row.reason, (reasons.get(row.reason) ?? 0) + 1);
  return (
    <Stack spacing={1}>
      {preview.sheets.length > 1 && (
        <Box data-testid="import-sheets">
          <Typography>工作簿中的工作表（勾选要导入的）：</Typography>
          <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 2 }}>
            {preview.sheets.map((sheet) => (
              <FormControlLabel
                key={sheet.name}
                disabled={!sheet.readable}
                control={
                  <Checkbox
                    checked={sheet.selected}
                    onChange={(event) => onToggleSheet(sheet.name, event.target.checked)}
                  />
                }
                label={
                  sheet.readable
                    ? `${sheet.name}（${sheet.rowCount} 行${sheet.branchName === null ? '' : `，支部：${sheet.branchName}`}）`
                    : `${sheet.name}（没有“姓名”表头，不能导入）`
                }
              />
            ))}
          </Stack>
        </Box>
      )}
      {preview.skipped.length > 0 && (
        <Typography color="text.secondary" data-testid="import-skipped">
          已跳过 {preview.skipped.length} 行：
          {[...reasons].map(([reason, count]) => `${reason} ${count} 行`).join('，')}
          {preview.emptyRows > 0 ? `；另有空行 ${preview.emptyRows}` : ''}
        </Typography>
      )}
      {preview.branchMatches.length > 0 && (
        <Alert severity="info" data-testid="import-branch-matches">
          <Typography>表中的支部名称与名册中的写法不同，请确认是否为同一支部（不勾选则按新支部处理）：</Typography>
          {preview.branchMatches.map((match) => (
            <FormControlLabel
              key={match.typed}
              control={
                <Checkbox
                  checked={!declinedMatches.includes(match.typed)}
                  onChange={(event) => onToggleMatch(match.typed, event.target.checked)}
                />
              }
              label={`“${match.typed}”即“${match.matched}”`}
            />
          ))}
        </Alert>
      )}
      {(preview.nativePlacesFromId > 0 || !nativeFromId) && (
        <FormControlLabel
          control={<Checkbox checked={nativeFromId} onChange={(event) => onNativeFromId(event.target.checked)} />}
          label={`表中没有籍贯的，按身份证号前六位（户籍所在地）补填籍贯${nativeFromId ? `（${preview.nativePlacesFromId} 人）` : ''}`}
        />
      )}
    </Stack>
  );
}
