import { Alert, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { saveDuesSettings } from '../../db/repositories/dues-settings-repository';
import type { DuesSettings, RateBand } from '../../domain/entities/dues-rates';
import { DEFAULT_DUES_SETTINGS, duesSettingsSchema } from '../../domain/entities/dues-rates';
import { parseYuanToFen } from '../../domain/rules/money';
import { useDuesSettings } from './use-dues';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { useFormChanged } from '../../ui/use-form-changed';

type BandText = { upTo: string; percent: string }[];

const bandText = (bands: readonly RateBand[]): BandText =>
  bands.map((b) => ({ upTo: b.upToFen === null ? '' : String(b.upToFen / 100), percent: String(b.basisPoints / 100) }));

/** "0.5" (%) → 50 basis points; the yuan parser reads two decimals exactly, which is what a percentage needs. */
function parseBands(rows: BandText, label: string): RateBand[] | string {
  const bands: RateBand[] = [];
  for (const [i, row] of rows.entries()) {
    const percent = parseYuanToFen(row.percent);
    if (!percent.ok) return `${label}第 ${String(i + 1)} 档比例：${percent.message.replace('金额', '比例')}`;
    if (i === rows.length - 1) bands.push({ upToFen: null, basisPoints: percent.fen });
    else {
      const upTo = parseYuanToFen(row.upTo);
      if (!upTo.ok) return `${label}第 ${String(i + 1)} 档上限：${upTo.message}`;
      bands.push({ upToFen: upTo.fen, basisPoints: percent.fen });
    }
  }
  return bands;
}

function BandFields({ title, rows, onChange }: { title: string; rows: BandText; onChange: (rows: BandText) => void }) {
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2">{title}</Typography>
      {rows.map((row, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          {i === rows.length - 1 ? (
            <Typography sx={{ width: 200 }}>以上</Typography>
          ) : (
            <TextField
              size="small"
              label="月收入不超过（元）"
              value={row.upTo}
              sx={{ width: 200 }}
              onChange={(e) => onChange(rows.map((r, j) => (j === i ? { ...r, upTo: e.target.value } : r)))}
            />
          )}
          <TextField
            size="small"
            label="比例（%）"
            value={row.percent}
            sx={{ width: 120 }}
            onChange={(e) => onChange(rows.map((r, j) => (j === i ? { ...r, percent: e.target.value } : r)))}
          />
        </Stack>
      ))}
    </Stack>
  );
}

function DuesSettingsForm({ saved }: { saved: DuesSettings }) {
  const db = useDatabase();
  const notify = useNotify();
  const [source, setSource] = useState(saved.rates.source);
  const [employed, setEmployed] = useState(bandText(saved.rates.employed));
  const [retired, setRetired] = useState(bandText(saved.rates.retired));
  const [farmer, setFarmer] = useState([
    String(saved.rates.farmerMinFen / 100),
    String(saved.rates.farmerMaxFen / 100),
  ]);
  const [flat, setFlat] = useState(String(saved.rates.flatFen / 100));
  const [months, setMonths] = useState(
    [saved.warnMonths, saved.alarmMonths, saved.lapseMonths, saved.backPayWarnMonths].map(String),
  );
  const [special, setSpecial] = useState(String(saved.specialThresholdFen / 100));
  const [problem, setProblem] = useState<string | null>(null);
  const changed = useFormChanged({ source, employed, retired, farmer, flat, months, special });

  const save = async (next?: DuesSettings) => {
    let value = next;
    if (value === undefined) {
      const e = parseBands(employed, '在职');
      const r = parseBands(retired, '离退休');
      const money = [...farmer, flat, special].map(parseYuanToFen);
      if (typeof e === 'string') return setProblem(e);
      if (typeof r === 'string') return setProblem(r);
      for (const m of money) if (!m.ok) return setProblem(m.message);
      const [min, max, flatFen, specialFen] = money.map((m) => (m.ok ? m.fen : 0));
      const [warn, alarm, lapse, backPay] = months.map(Number);
      const parsed = duesSettingsSchema.safeParse({
        rates: { source, employed: e, retired: r, farmerMinFen: min, farmerMaxFen: max, flatFen },
        warnMonths: warn,
        alarmMonths: alarm,
        lapseMonths: lapse,
        backPayWarnMonths: backPay,
        specialThresholdFen: specialFen,
      });
      if (!parsed.success) return setProblem(parsed.error.issues.map((i) => i.message).join('；'));
      value = parsed.data;
    }
    setProblem(null);
    try {
      await saveDuesSettings(db, value);
      notify.success('党费设置已保存');
    } catch (error) {
      notify.error(error, '保存失败，请重试。');
    }
  };

  const monthField = (label: string, i: number) => (
    <TextField
      size="small"
      label={label}
      value={months[i]}
      sx={{ width: 170 }}
      onChange={(e) => setMonths(months.map((m, j) => (j === i ? e.target.value : m)))}
    />
  );
  return (
    <Stack spacing={2}>
      <LeaveGuard when={changed} />
      <TextField label="依据" value={source} onChange={(e) => setSource(e.target.value)} />
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <BandFields title="在职党员（税后月工资收入）" rows={employed} onChange={setEmployed} />
        <BandFields title="离退休党员（月离退休费）" rows={retired} onChange={setRetired} />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField
          size="small"
          label="农民每月最低（元）"
          value={farmer[0]}
          onChange={(e) => setFarmer([e.target.value, farmer[1] ?? ''])}
        />
        <TextField
          size="small"
          label="农民每月最高（元）"
          value={farmer[1]}
          onChange={(e) => setFarmer([farmer[0] ?? '', e.target.value])}
        />
        <TextField
          size="small"
          label="学生、下岗失业、低保等每月（元）"
          value={flat}
          onChange={(e) => setFlat(e.target.value)}
          sx={{ width: 260 }}
        />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {monthField('未交几个月提醒', 0)}
        {monthField('未交几个月警告', 1)}
        {monthField('连续几个月列入核实', 2)}
        {monthField('补交超过几个月提示', 3)}
        <TextField
          size="small"
          label="自愿多交全额上缴起点（元）"
          value={special}
          onChange={(e) => setSpecial(e.target.value)}
          sx={{ width: 220 }}
        />
      </Stack>
      {problem === null ? null : <Alert severity="error">{problem}</Alert>}
      <Stack direction="row" spacing={2}>
        <Button variant="contained" onClick={() => void save()}>
          保存党费设置
        </Button>
        <Button onClick={() => void save(DEFAULT_DUES_SETTINGS)}>恢复全国标准</Button>
      </Stack>
    </Stack>
  );
}

/** The rate table (national default, editable for a local rule) and the dues warnings' thresholds. */
export function DuesSettingsCard() {
  const settings = useDuesSettings();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          党费标准与预警
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          默认为全国标准（中组发〔2008〕3号）；本地有新规定时可修改。每笔应交金额都会注明按哪一档计算。
        </Typography>
        {settings === undefined ? null : <DuesSettingsForm key={JSON.stringify(settings)} saved={settings} />}
      </CardContent>
    </Card>
  );
}
