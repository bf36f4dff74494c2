import { Button } from '@mui/material';
import { getPlatform } from '../platform/api';
import { useNotify } from '../app/notifications';

/** 打印 and 另存为 PDF for a print-view page (its chrome marked `no-print`); a failure is said in Chinese. */
export function PrintButtons({ pdfName }: { pdfName: string }) {
  const notify = useNotify();
  const run = (action: () => Promise<unknown>) => {
    action().catch((error: unknown) => notify.error(error, '打印失败，请重试'));
  };
  const savePdf = async (name: string) => {
    if (getPlatform().kind === 'browser') {
      // A browser has no "save as PDF" of its own: it is a printer in the print dialog.
      notify.info('即将打开打印窗口：请在“目标打印机”处选择“另存为 PDF”，再点“保存”。');
      await new Promise((resolve) => setTimeout(resolve, 1200));
    }
    return getPlatform().printToPdf(name);
  };
  return (
    <>
      <Button variant="contained" onClick={() => run(() => getPlatform().printPage())}>
        打印
      </Button>
      <Button variant="outlined" onClick={() => run(() => savePdf(pdfName))}>
        另存为 PDF
      </Button>
    </>
  );
}
