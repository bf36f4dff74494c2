import { Grid, MenuItem, TextField } from '@mui/material';
import type { RecruitmentStepKind } from '../../domain/entities/recruitment';
import { recommendationWays } from '../../domain/entities/recruitment';
import type { RosterPerson } from '../../domain/rules/recruitment-case';

export interface StepForm {
  date: string;
  content: string;
  memberIds: string[];
  trainingDays: string;
  trainingHours: string;
  publicityDays: string;
  extensionMonths: string;
  entitled: string;
  present: string;
  yes: string;
  no: string;
  abstain: string;
  declared: '通过' | '未通过';
}

/** What the free-text box means for each step. */
const CONTENT_LABELS: Partial<Record<RecruitmentStepKind, string>> = {
  talk: '谈话人及谈话情况',
  recommendation: '推荐方式',
  'activist-decision': '支委会决定及备案情况',
  assessment: '考察意见',
  'political-review': '政审结论',
  'probation-assessment': '考察意见',
  'thought-report': '汇报主要内容',
  cancellation: '取消资格的理由',
  'admission-approval': '审批意见',
  'confirmation-approval': '审批意见',
};

const REQUIRED_CONTENT: ReadonlySet<RecruitmentStepKind> = new Set(['political-review', 'cancellation']);

function NumberField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <TextField
      label={label}
      type="number"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      slotProps={{ htmlInput: { min: 0 } }}
    />
  );
}

/** The fields a step needs besides its date: people, hours, days, the vote. */
export function StepFields({
  kind,
  form,
  setForm,
  fullMembers,
}: {
  kind: RecruitmentStepKind;
  form: StepForm;
  setForm: (change: Partial<StepForm>) => void;
  fullMembers: RosterPerson[];
}) {
  const people = kind === 'contacts' || kind === 'sponsors';
  const vote = kind === 'admission-vote' || kind === 'confirmation-vote';
  return (
    <>
      {people && (
        <Grid size={12}>
          <TextField
            select
            label={kind === 'contacts' ? '培养联系人（一至两名正式党员）' : '入党介绍人（两名正式党员）'}
            value={form.memberIds}
            onChange={(event) => {
              const value = event.target.value as unknown;
              setForm({ memberIds: typeof value === 'string' ? value.split(',') : (value as string[]) });
            }}
            slotProps={{ select: { multiple: true } }}
          >
            {fullMembers.map((person) => (
              <MenuItem key={person.id} value={person.id}>
                {person.name}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
      )}
      {kind === 'training' && (
        <>
          <Grid size={6}>
            <NumberField
              label="培训天数"
              value={form.trainingDays}
              onChange={(trainingDays) => setForm({ trainingDays })}
            />
          </Grid>
          <Grid size={6}>
            <NumberField
              label="培训学时"
              value={form.trainingHours}
              onChange={(trainingHours) => setForm({ trainingHours })}
            />
          </Grid>
        </>
      )}
      {kind === 'publicity' && (
        <Grid size={6}>
          <NumberField
            label="公示天数"
            value={form.publicityDays}
            onChange={(publicityDays) => setForm({ publicityDays })}
          />
        </Grid>
      )}
      {kind === 'extension' && (
        <Grid size={6}>
          <NumberField
            label="延长月数（6–12）"
            value={form.extensionMonths}
            onChange={(extensionMonths) => setForm({ extensionMonths })}
          />
        </Grid>
      )}
      {vote && (
        <>
          <Grid size={6}>
            <NumberField
              label="有表决权应到人数"
              value={form.entitled}
              onChange={(entitled) => setForm({ entitled })}
            />
          </Grid>
          <Grid size={6}>
            <NumberField label="有表决权实到人数" value={form.present} onChange={(present) => setForm({ present })} />
          </Grid>
          <Grid size={4}>
            <NumberField label="赞成" value={form.yes} onChange={(yes) => setForm({ yes })} />
          </Grid>
          <Grid size={4}>
            <NumberField label="反对" value={form.no} onChange={(no) => setForm({ no })} />
          </Grid>
          <Grid size={4}>
            <NumberField label="弃权" value={form.abstain} onChange={(abstain) => setForm({ abstain })} />
          </Grid>
          <Grid size={6}>
            <TextField
              select
              label="表决结果"
              value={form.declared}
              onChange={(event) => setForm({ declared: event.target.value as StepForm['declared'] })}
            >
              <MenuItem value="通过">通过</MenuItem>
              <MenuItem value="未通过">未通过</MenuItem>
            </TextField>
          </Grid>
        </>
      )}
      <Grid size={12}>
        {kind === 'recommendation' ? (
          <TextField
            select
            label="推荐方式"
            value={form.content}
            onChange={(event) => setForm({ content: event.target.value })}
          >
            {recommendationWays.map((way) => (
              <MenuItem key={way} value={way}>
                {way}
              </MenuItem>
            ))}
          </TextField>
        ) : (
          <TextField
            label={CONTENT_LABELS[kind] ?? '备注'}
            required={REQUIRED_CONTENT.has(kind)}
            multiline
            minRows={2}
            value={form.content}
            onChange={(event) => setForm({ content: event.target.value })}
          />
        )}
      </Grid>
    </>
  );
}
