import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';

export const UNSAVED_QUESTION = '有未保存的修改，是否离开？';

/** The one question asked before typed work is dropped; staying is the default and the safe choice. */
export function UnsavedChangesDialog({ onStay, onLeave }: { onStay: () => void; onLeave: () => void }) {
  return (
    <Dialog open onClose={onStay} aria-labelledby="unsaved-changes-title">
      <DialogTitle id="unsaved-changes-title">{UNSAVED_QUESTION}</DialogTitle>
      <DialogContent>
        <DialogContentText>离开后，刚才填写但还没有保存的内容将不会记入台账。</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" autoFocus onClick={onStay}>
          留下继续填写
        </Button>
        <Button color="error" onClick={onLeave}>
          不保存，离开
        </Button>
      </DialogActions>
    </Dialog>
  );
}
