import { Alert, AlertTitle, Button } from '@mui/material';
import { useDatabase } from '../../../app/database-context';
import { useNotify } from '../../../app/notifications';
import { confirmMemberChecks } from '../../../db/repositories/member-repository';
import type { Member } from '../../../domain/entities/member';

/** 待核实: what an import doubted about this record, until someone checks it and confirms. */
export function VerifyNotice({ member }: { member: Member }) {
  const db = useDatabase();
  const notify = useNotify();
  if (member.toVerify === undefined || member.toVerify.length === 0) return null;
  return (
    <Alert
      severity="warning"
      data-testid="member-to-verify"
      action={
        <Button
          color="inherit"
          variant="outlined"
          onClick={() => {
            confirmMemberChecks(db, member.id).then(
              () => notify.success('已确认，该记录不再列为待核实'),
              (error: unknown) => notify.error(error),
            );
          }}
        >
          确认
        </Button>
      }
    >
      <AlertTitle>待核实（导入时的提示）</AlertTitle>
      {member.toVerify.map((note) => (
        <div key={note}>{note}</div>
      ))}
      请对照档案核实；如有不对，点“编辑”修改；核实无误后点“确认”。
    </Alert>
  );
}
