import { Alert, Button } from '@mui/material';
import { formatStamp } from '../domain/entities/dates';
import type { StoredDraft } from './use-local-draft';

/** Offers back what was typed but not saved last time (the app closed or crashed before 保存). */
export function DraftOffer<T>({
  draft,
  onRestore,
  onDiscard,
}: {
  draft: StoredDraft<T> | null;
  onRestore: (value: T) => void;
  onDiscard: () => void;
}) {
  if (draft === null) return null;
  return (
    <Alert
      severity="warning"
      className="no-print"
      action={
        <>
          <Button color="inherit" size="small" onClick={() => onRestore(draft.value)}>
            恢复草稿
          </Button>
          <Button color="inherit" size="small" onClick={onDiscard}>
            丢弃
          </Button>
        </>
      }
    >
      {`找到 ${formatStamp(draft.savedAt)} 填写但未保存的内容（可能上次没有正常关闭）。是否恢复？`}
    </Alert>
  );
}
