import { Alert, AlertTitle, Box, Button } from '@mui/material';

/** Shown instead of the app when the store cannot be opened: a clear reason, never a white screen. */
export function StartupError({ message }: { message: string }) {
  return (
    <Box sx={{ p: 4, maxWidth: 720, mx: 'auto', mt: 8 }}>
      <Alert severity="error" role="alert">
        <AlertTitle>无法打开台账数据</AlertTitle>
        {message}
      </Alert>
      <Button sx={{ mt: 2 }} variant="outlined" onClick={() => window.location.reload()}>
        重试
      </Button>
    </Box>
  );
}
