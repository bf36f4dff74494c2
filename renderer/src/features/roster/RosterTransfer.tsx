import Download from '@mui/icons-material/FileDownloadOutlined';
import Upload from '@mui/icons-material/FileUploadOutlined';
import { Button, Menu, MenuItem } from '@mui/material';
import { memo, useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { logAction } from '../../db/change-log/log-action';
import { todayIso } from '../../domain/entities/dates';
import type { Member } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';
import { getPlatform } from '../../platform/api';
import { ImportDialog } from './ImportDialog';
import { RosterExportDialog } from './RosterExportDialog';

const XLSX_FILTER = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/** 导入 / 下载模板 / 导出: the roster in and out of Excel, in the template's columns. Memoised: the page re-renders on every keystroke of the search. */
export const RosterTransfer = memo(function RosterTransfer({
  members,
  live,
  units,
  shown,
}: {
  members: Member[];
  live: Member[];
  units: OrgUnit[];
  shown: Member[];
}) {
  const db = useDatabase();
  const notify = useNotify();
  const [asking, setAsking] = useState<{ list: readonly Member[]; label: string } | null>(null);
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const [importing, setImporting] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async (build: () => Promise<Uint8Array>, fileName: string, logLine?: (where: string) => string) => {
    setBusy(true);
    try {
      const saved = await getPlatform().saveFile(await build(), fileName, XLSX_FILTER);
      if (saved === null) return;
      if (logLine !== undefined) await logAction(db, 'export', logLine(saved.path ?? saved.name));
      notify.success(`已保存：${saved.path ?? saved.name}`);
    } catch (error) {
      notify.error(error, '保存失败，请重试。');
    } finally {
      setBusy(false);
    }
  };

  const exportMembers = (list: readonly Member[], label: string) => {
    setMenu(null);
    setAsking({ list, label });
  };

  const runExport = (list: readonly Member[], label: string, fullIdNumbers: boolean) => {
    setAsking(null);
    const today = todayIso();
    void save(
      async () => {
        const { buildRosterExport } = await import('../../io/roster-export/roster-workbook');
        return buildRosterExport(list, units, `党员名册（${label}，${list.length} 人，${today} 导出）`, {
          fullIdNumbers,
        });
      },
      `党员名册-${label}-${today}.xlsx`,
      (where) =>
        `导出党员名册（${label}，${list.length} 人，${fullIdNumbers ? '含完整身份证号' : '身份证号已遮盖'}）到“${where}”`,
    );
  };

  return (
    <>
      <Button startIcon={<Upload />} onClick={() => setImporting(true)}>
        导入 Excel
      </Button>
      <Button
        disabled={busy}
        onClick={() =>
          void save(async () => {
            const { buildRosterTemplate } = await import('../../io/roster-export/roster-workbook');
            return buildRosterTemplate();
          }, '党员名册导入模板.xlsx')
        }
      >
        下载模板
      </Button>
      <Button startIcon={<Download />} disabled={busy} onClick={(event) => setMenu(event.currentTarget)}>
        导出
      </Button>
      <Menu anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)}>
        <MenuItem onClick={() => exportMembers(shown, '当前视图')}>导出当前筛选结果（{shown.length} 人）</MenuItem>
        <MenuItem onClick={() => exportMembers(live, '全部')}>导出全部党员</MenuItem>
      </Menu>
      {asking !== null ? (
        <RosterExportDialog
          count={asking.list.length}
          onCancel={() => setAsking(null)}
          onExport={(full) => runExport(asking.list, asking.label, full)}
        />
      ) : null}
      {importing && <ImportDialog members={members} units={units} onClose={() => setImporting(false)} />}
    </>
  );
});
