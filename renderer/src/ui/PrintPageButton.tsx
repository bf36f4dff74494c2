import { Button } from '@mui/material';
import { useNotify } from '../app/notifications';
import { getPlatform } from '../platform/api';

/** 打印 for a list page: prints what the page shows, its buttons and filters (marked no-print) left out. */
export function PrintPageButton() {
  const notify = useNotify();
  return (
    <Button
      variant="outlined"
      className="no-print"
      onClick={() =>
        void getPlatform()
          .printPage()
          .catch((error: unknown) => notify.error(error, '打印失败，请重试'))
      }
    >
      打印
    </Button>
  );
}
