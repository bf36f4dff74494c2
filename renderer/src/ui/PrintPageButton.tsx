import { Button } from '@mui/material';
import { useNotify } from '../app/notifications';
import { getPlatform } from '../platform/api';

/**
 * 打印 for a list page: prints what the page shows, its buttons and filters (marked no-print) left out.
 * `print` is the page's own (usePrintMode) when it renders more rows for paper than on screen.
 */
export function PrintPageButton({ print }: { print?: () => Promise<void> } = {}) {
  const notify = useNotify();
  return (
    <Button
      variant="outlined"
      className="no-print"
      onClick={() =>
        void (print ?? (() => getPlatform().printPage()))().catch((error: unknown) =>
          notify.error(error, '打印失败，请重试'),
        )
      }
    >
      打印
    </Button>
  );
}
