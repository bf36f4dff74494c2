import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useDiscardGuard } from '../../ui/use-discard-guard';
import { useFormChanged } from '../../ui/use-form-changed';

/** Asks for one name (new or renamed unit); the typed text stays if saving fails. */
export function NameDialog({
  title,
  label,
  initial,
  onSubmit,
  onClose,
}: {
  title: string;
  label: string;
  initial: string;
  onSubmit: (name: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const [name, setName] = useState(initial);
  const changed = useFormChanged(name);
  const guard = useDiscardGuard(changed, onClose);
  const problem = name.trim() === '' ? '请填写名称' : name.trim().length > 60 ? '名称不超过 60 个字' : null;
  return (
    <Dialog open onClose={guard.close} fullWidth maxWidth="sm">
      {guard.element}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (problem !== null) return;
          void onSubmit(name).then((done) => done && onClose());
        }}
      >
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            label={label}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={problem !== null && name !== initial}
            helperText={problem !== null && name !== initial ? problem : ' '}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={guard.close}>取消</Button>
          <Button type="submit" variant="contained" disabled={problem !== null}>
            确定
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
