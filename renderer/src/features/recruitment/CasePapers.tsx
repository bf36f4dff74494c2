import { Button, Paper, Stack, Typography } from '@mui/material';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import type { RecruitmentCase, RecruitmentStep } from '../../domain/entities/recruitment';
import type { RosterPerson } from '../../domain/rules/recruitment-case';
import { getOfficeSettings } from '../../db/repositories/settings-repository';
import type { CasePaperData } from '../../documents/recruitment-papers';
import {
  buildAssessmentRegister,
  buildBranchResolution,
  buildPublicityNotice,
  buildRecordSheet,
  CASE_PAPERS,
} from '../../documents/recruitment-papers';
import { getPlatform } from '../../platform/api';
import { WORD_FILTERS } from '../documents/load-documents';

type PaperKey = keyof typeof CASE_PAPERS;

/** The case's Word papers: 纪实表, 培养考察登记, 公示 and the two 支部大会决议. */
export function CasePapers({
  record,
  steps,
  people,
  branchName,
}: {
  record: RecruitmentCase;
  steps: RecruitmentStep[];
  people: ReadonlyMap<string, RosterPerson>;
  branchName: string;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const has = (kind: RecruitmentStep['kind']) =>
    steps.some((step) => step.kind === kind && (step.vote?.declared ?? '通过') === '通过');
  const available: Record<PaperKey, boolean> = {
    record: true,
    assessments: has('activist-decision'),
    publicity: has('publicity'),
    admission: has('admission-vote'),
    confirmation: has('confirmation-vote'),
  };

  const save = async (key: PaperKey) => {
    try {
      const office = await getOfficeSettings(db);
      const data: CasePaperData = {
        record,
        steps,
        branchName,
        officeName: office.officeName,
        memberNames: new Map([...people].map(([id, person]) => [id, person.name])),
      };
      const contact = [office.contactPerson, office.contactPhone].filter((part) => part !== '').join(' ');
      const bytes =
        key === 'record'
          ? await buildRecordSheet(data)
          : key === 'assessments'
            ? await buildAssessmentRegister(data)
            : key === 'publicity'
              ? await buildPublicityNotice(data, contact)
              : await buildBranchResolution(data, key === 'admission' ? 'admission-vote' : 'confirmation-vote');
      const saved = await getPlatform().saveFile(bytes, `${record.name}${CASE_PAPERS[key]}.docx`, WORD_FILTERS);
      if (saved !== null) notify.success(`已保存${CASE_PAPERS[key]}`);
    } catch (error) {
      notify.error(error, '生成文书失败，请重试。');
    }
  };

  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        文书（Word）
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
        {(Object.keys(CASE_PAPERS) as PaperKey[]).map((key) => (
          <Button key={key} variant="outlined" disabled={!available[key]} onClick={() => void save(key)}>
            {CASE_PAPERS[key]}
          </Button>
        ))}
      </Stack>
    </Paper>
  );
}
