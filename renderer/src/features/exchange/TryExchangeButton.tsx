import { Button } from '@mui/material';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { useAppInfo } from '../../app/use-app-info';
import { samplePackageFromBranchDesk } from '../../db/repositories/sample-desk-repository';
import { EXCHANGE_EXTENSION } from '../../domain/entities/exchange';
import { encodeExchangePackage, exchangeFileName } from '../../io/exchange-file';
import { getPlatform } from '../../platform/api';

/** Makes the package a pretend branch laptop would send, so exchanging can be tried on one PC. */
export function TryExchangeButton({ disabled }: { disabled: boolean }) {
  const db = useDatabase();
  const notify = useNotify();
  const info = useAppInfo();
  const run = async () => {
    const pkg = await samplePackageFromBranchDesk(db, info?.version ?? '');
    const saved = await getPlatform().saveFile(await encodeExchangePackage(pkg), exchangeFileName(pkg), [
      { name: '交换包', extensions: [EXCHANGE_EXTENSION] },
    ]);
    if (saved !== null) notify.success(`已生成“${pkg.from.deskName}”发来的示例交换包，请点“导入交换包…”导入它`);
  };
  return (
    <Button
      variant="outlined"
      disabled={disabled}
      onClick={() => {
        run().catch((error: unknown) => notify.error(error, '生成示例交换包失败。'));
      }}
    >
      先试一试：模拟一台支部电脑发来交换包
    </Button>
  );
}
