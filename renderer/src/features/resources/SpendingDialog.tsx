import { Alert, Button, Grid, MenuItem, TextField } from '@mui/material';
import { FormDialog } from '../../ui/FormDialog';
import { useFormChanged } from '../../ui/use-form-changed';
import { DateField } from '../../ui/DateField';
import { useState } from 'react';
import type { Activity } from '../../domain/entities/activity';
import type { Spending } from '../../domain/entities/budget';
import { todayIso } from '../../domain/entities/dates';
import type { NewRecord } from '../../domain/entities/record';
import { formatFileSize, mimeTypeOf } from '../../domain/rules/courseware-file';
import { parseYuanToFen } from '../../domain/rules/money';
import type { ImportedBytes } from '../../db/repositories/courseware-repository';
import type { ImportedFile } from '../../platform/api';
import { getPlatform } from '../../platform/api';

/** Receipts are scans or photos: a few MB at most. */
const MAX_RECEIPT_BYTES = 20 * 1024 * 1024;
const RECEIPT_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'bmp', 'tif', 'tiff', 'ofd', 'xml'];

export function SpendingDialog({
  year,
  activities,
  onClose,
  onSave,
  onError,
}: {
  year: number;
  activities: Activity[];
  onClose: () => void;
  onSave: (fields: Omit<NewRecord<Spending>, 'receiptFileId'>, receipt: ImportedBytes | null) => Promise<void>;
  onError: (error: unknown) => void;
}) {
  const today = todayIso();
  const [date, setDate] = useState(today.startsWith(String(year)) ? today : `${year}-01-01`);
  const [item, setItem] = useState('');
  const [amount, setAmount] = useState('');
  const [activityId, setActivityId] = useState('');
  const [note, setNote] = useState('');
  const [receipt, setReceipt] = useState<ImportedFile | null>(null);
  const [saving, setSaving] = useState(false);
  const changed = useFormChanged({ date, item, amount, activityId, note, receipt: receipt?.name });
  const parsed = parseYuanToFen(amount);
  const dateError = /^\d{4}-\d{2}-\d{2}$/.test(date) ? undefined : '请选择日期';
  const valid = parsed.ok && dateError === undefined && item.trim() !== '';

  return (
    <FormDialog
      title={<>登记支出</>}
      maxWidth="sm"
      onClose={onClose}
      dirty={changed && !saving}
      submitDisabled={!valid || saving}
      onSubmit={() => {
        if (!parsed.ok) return;
        setSaving(true);
        void onSave(
          {
            year: Number(date.slice(0, 4)),
            date,
            item: item.trim(),
            amountFen: parsed.fen,
            ...(activityId === '' ? {} : { activityId }),
            ...(note.trim() === '' ? {} : { note: note.trim() }),
          },
          receipt === null
            ? null
            : {
                name: receipt.name,
                mimeType: mimeTypeOf(receipt.name),
                size: receipt.size,
                ...(receipt.blob === undefined ? {} : { blob: receipt.blob }),
                ...(receipt.storedPath === undefined ? {} : { storedPath: receipt.storedPath }),
              },
        ).finally(() => setSaving(false));
      }}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={6}>
          <DateField
            label="日期"
            value={date}
            onChange={setDate}
            error={dateError !== undefined}
            helperText={dateError}
          />
        </Grid>
        <Grid size={6}>
          <TextField
            label="金额（元）"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            error={amount !== '' && !parsed.ok}
            helperText={amount !== '' && !parsed.ok ? parsed.message : '如 1,234.50'}
          />
        </Grid>
        <Grid size={12}>
          <TextField
            label="事项"
            required
            value={item}
            onChange={(event) => setItem(event.target.value)}
            placeholder="如：购买学习资料、讲课费、参观交通费"
          />
        </Grid>
        <Grid size={12}>
          <TextField select label="关联活动" value={activityId} onChange={(event) => setActivityId(event.target.value)}>
            <MenuItem value="">不关联</MenuItem>
            {activities.map((activity) => (
              <MenuItem key={activity.id} value={activity.id}>
                {activity.date} {activity.title}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={12}>
          <TextField label="备注" value={note} onChange={(event) => setNote(event.target.value)} />
        </Grid>
        <Grid size={12}>
          <Button
            onClick={() => {
              getPlatform()
                .importFile([{ name: '票据（PDF、图片）', extensions: RECEIPT_EXTENSIONS }], MAX_RECEIPT_BYTES)
                .then((file) => file !== null && setReceipt(file))
                .catch(onError);
            }}
          >
            {receipt === null ? '附上票据文件' : '更换票据文件'}
          </Button>
          {receipt === null ? null : (
            <Alert severity="info" sx={{ mt: 1 }}>
              票据：{receipt.name}（{formatFileSize(receipt.size)}）
            </Alert>
          )}
        </Grid>
      </Grid>
    </FormDialog>
  );
}
