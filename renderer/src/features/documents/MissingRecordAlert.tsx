import { Alert, Button } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';

/** What a document page shows when the activity or member it was opened for is gone. */
export function MissingRecordAlert({
  message,
  backTo,
  backLabel,
}: {
  message: string;
  backTo: string;
  backLabel: string;
}) {
  return (
    <Alert
      severity="warning"
      action={
        <Button component={RouterLink} to={backTo}>
          {backLabel}
        </Button>
      }
    >
      {message}
    </Alert>
  );
}
