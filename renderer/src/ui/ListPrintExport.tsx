import { Button } from '@mui/material';
import { useNotify } from '../app/notifications';
import { buildTableWorkbook } from '../io/table-workbook';
import type { SheetTable } from '../io/table-workbook';
import { getPlatform } from '../platform/api';
import { PrintPageButton } from './PrintPageButton';

/**
 * 打印 and 导出 Excel for a list page, as an office expects of any list: printing prints the list (its
 * chrome marked no-print; with the page's `print`, every row rather than the page shown), the export
 * holds every row of the list, not only the page shown.
 */
export function ListPrintExport({
  fileName,
  sheet,
  print,
}: {
  fileName: string;
  sheet: () => SheetTable;
  /** The page's usePrintMode print, when it puts every row on paper rather than the page shown. */
  print?: () => Promise<void>;
}) {
  const notify = useNotify();
  const exportExcel = async () => {
    const bytes = await buildTableWorkbook([sheet()]);
    const saved = await getPlatform().saveFile(bytes, fileName, [{ name: 'Excel 工作簿', extensions: ['xlsx'] }]);
    if (saved !== null) notify.success(`已导出“${saved.name}”`);
  };
  return (
    <>
      <PrintPageButton {...(print === undefined ? {} : { print })} />
      <Button
        variant="outlined"
        className="no-print"
        onClick={() => void exportExcel().catch((error: unknown) => notify.error(error, '导出失败，请重试。'))}
      >
        导出 Excel
      </Button>
    </>
  );
}
