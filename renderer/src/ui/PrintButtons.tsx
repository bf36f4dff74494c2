import { Button } from '@mui/material';
import { getPlatform } from '../platform/api';
import { useNotify } from '../app/notifications';

/** 打印 and 另存为 PDF for a print-view page (its chrome marked `no-print`); a failure is said in Chinese. */
export function PrintButtons({ pdfName }: { pdfName: string }) {
  const notify = useNotify();
  const run = (action: () => Promise<unknown>) => {
    action().catch((error: unknown) => notify.error(error, '打印失败，请重试'));
  };
  return (
    <>
      <Button variant="contained" onClick={() => run(() => getPlatform().printPage())}>
        打印
      </Button>
      <Button variant="outlined" onClick={() => run(() => getPlatform().printToPdf(pdfName))}>
        另存为 PDF
      </Button>
    </>
  );
}
