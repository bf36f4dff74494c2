import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { reverseDuesPayment } from '../../db/repositories/dues-repository';
import { todayIso } from '../../domain/entities/dates';
import type { DuesPayment } from '../../domain/entities/dues';
import { chineseMonth } from '../../domain/entities/dues-month';
import { formatFen } from '../../domain/rules/money';
import { useDiscardGuard } from '../../ui/use-discard-guard';
import { useFormChanged } from '../../ui/use-form-changed';

/** A correction: a new entry that cancels the old one. The old one stays, for the audit trail. */
export function ReverseDialog({ name, payment, onClose }: { name: string; payment: DuesPayment; onClose: () => void }) {
  const db = useDatabase();
  const notify = useNotify();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const changed = useFormChanged({ reason });
  const guard = useDiscardGuard(changed, onClose);
  const months = payment.months.map(chineseMonth).join('、');
  const reverse = async () => {
    try {
      const today = todayIso();
      await reverseDuesPayment(db, payment.id, today, reason, undefined, today);
      notify.success(`已冲销${name} ${months}的记录，可重新登记`);
      onClose();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Dialog open onClose={guard.close}>
      {guard.element}
      <DialogTitle>冲销记录</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {`${name}：${months}，${formatFen(payment.amountFen)} 元，${payment.date} ${payment.way}${payment.collector === undefined ? '' : `，收缴人 ${payment.collector}`}${payment.receiptNo === undefined ? '' : `，收据号 ${payment.receiptNo}`}。`}
        </DialogContentText>
        <DialogContentText sx={{ mt: 1 }}>
          冲销不会删除原记录：系统另记一笔金额相反的冲销记录，原记录和冲销记录都保留备查。冲销后可重新登记正确的金额。
        </DialogContentText>
        <TextField
          sx={{ mt: 2 }}
          fullWidth
          label="冲销原因"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoFocus
        />
        {problem === null ? null : (
          <Alert severity="error" sx={{ mt: 2 }}>
            {problem}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={guard.close}>取消</Button>
        <Button color="error" variant="contained" onClick={() => void reverse()}>
          冲销
        </Button>
      </DialogActions>
    </Dialog>
  );
}
