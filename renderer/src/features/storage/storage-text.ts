import type { PersistenceState, StorageUse } from '../../platform/storage-persistence';

export const PERSISTENCE_TEXT: Record<PersistenceState, string> = {
  granted: '浏览器存储：已设为持久保存（浏览器清理空间时不会删除）',
  refused: '未获准持久保存：浏览器在磁盘空间不足或清除浏览数据时可能删除台账数据。请定期备份到U盘，或使用安装版。',
  unsupported:
    '此浏览器不支持持久保存（可能不是用 http://127.0.0.1 或 https 地址打开的）：浏览器在磁盘空间不足或清除浏览数据时' +
    '可能删除台账数据。请定期备份到U盘，或使用安装版。',
  'app-profile': '安装版：数据保存在本程序自己的数据目录中，不属于浏览器缓存，不会被自动清理；卸载程序也不会删除它。',
};

/** What each answer means for the office, one sentence under the line above. */
export const PERSISTENCE_EXPLANATION: Record<PersistenceState, string> = {
  granted: '注意：在浏览器里手动“清除浏览数据”（勾选“Cookie 及其他网站数据”）仍会删除台账数据，请照常定期备份。',
  refused:
    '“持久保存”由浏览器决定是否同意：Chrome、Edge 会参考本页是否加入书签、是否经常使用；火狐会弹出询问，请选“允许”。',
  unsupported: '请改用 Chrome、Edge 或火狐的新版本，并用 npm run web 给出的地址打开。',
  'app-profile': '电脑硬盘损坏或重装系统时数据仍会丢失，请定期备份到U盘。',
};

export const STILL_REFUSED =
  '浏览器仍未同意持久保存。可把本页加入书签、经常使用后再试；在此之前请定期备份到U盘，或使用安装版。';

/** A byte count in the units an office uses: KB under 1 MB, MB under 1 GB, else GB (1024-based, like Windows). */
export function formatStorageSize(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.round(kb))} KB`;
  const mb = kb / 1024;
  if (mb < 1024) return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
  const gb = mb / 1024;
  return `${gb < 10 ? gb.toFixed(1) : Math.round(gb)} GB`;
}

/** Usage and quota in plain words. */
export function describeStorageUse(use: StorageUse): string {
  const share = use.quota > 0 ? (use.usage / use.quota) * 100 : 0;
  const percent = share > 0 && share < 1 ? '不到 1%' : ` ${Math.round(share)}%`;
  return `台账数据（含附件）约占 ${formatStorageSize(use.usage)}；这台电脑最多可给本程序用约 ${formatStorageSize(use.quota)}，已用${percent}。`;
}
