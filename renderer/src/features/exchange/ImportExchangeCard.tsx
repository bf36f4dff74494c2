import { Alert, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import type { ExchangePreview } from '../../db/repositories/exchange-repository';
import {
  applyExchangeImport,
  itemKey,
  previewExchangeImport,
  undoExchangeImport,
} from '../../db/repositories/exchange-repository';
import { EXCHANGE_EXTENSION } from '../../domain/entities/exchange';
import { decodeExchangePackage, EXCHANGE_MAX_BYTES, ExchangeFileError } from '../../io/exchange-file';
import type { OpenedFile } from '../../platform/api';
import { getPlatform } from '../../platform/api';
import { ConflictChoice } from './ConflictChoice';
import type { ExchangeState } from './use-exchange';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Takes a package from a registered desk: a preview first, conflicts decided by the person, then one write. */
export function ImportExchangeCard({ state }: { state: ExchangeState }) {
  const db = useDatabase();
  const notify = useNotify();
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [password, setPassword] = useState('');
  const [asking, setAsking] = useState(false);
  const [preview, setPreview] = useState<ExchangePreview | null>(null);
  const [choices, setChoices] = useState<Map<string, 'mine' | 'theirs'>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);

  const read = async (opened: OpenedFile, withPassword?: string) => {
    setProblem(null);
    try {
      const pkg = await decodeExchangePackage(opened.bytes, opened.name, withPassword);
      setPreview(await previewExchangeImport(db, pkg));
      setChoices(new Map());
      setAsking(false);
    } catch (error) {
      if (error instanceof ExchangeFileError && error.needsPassword) setAsking(true);
      setProblem(errorText(error));
    }
  };

  const choose = async () => {
    const opened = await getPlatform().openFile(
      [{ name: '交换包', extensions: [EXCHANGE_EXTENSION] }],
      EXCHANGE_MAX_BYTES,
    );
    if (opened === null) return;
    setFile(opened);
    setPassword('');
    setPreview(null);
    await read(opened);
  };

  const confirm = async () => {
    if (preview === null) return;
    try {
      const log = await applyExchangeImport(db, preview, choices);
      notify.success(`已导入“${log.partnerName}”的第 ${log.seq} 号交换包，改动 ${log.before.length} 条记录`);
      setPreview(null);
      setFile(null);
    } catch (error) {
      setProblem(errorText(error));
    }
  };

  const conflicts = preview?.items.filter((item) => item.decision === 'conflict') ?? [];
  const kept = preview?.purges.filter((purge) => purge.action === 'kept') ?? [];

  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            导入交换包
          </Typography>
          <div>
            <Button variant="contained" disabled={state.identity === null} onClick={() => void choose()}>
              导入交换包…
            </Button>
          </div>
          {asking && file !== null && (
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <TextField
                label="交换包密码"
                type="password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
              <Button variant="outlined" onClick={() => void read(file, password)}>
                解密并预览
              </Button>
            </Stack>
          )}
          {problem !== null && (
            <Alert severity="error" onClose={() => setProblem(null)}>
              {problem}
            </Alert>
          )}
          {preview !== null && (
            <Stack spacing={1.5} data-testid="exchange-preview">
              <Typography>
                来自“{preview.partner.name}”的第 {preview.pkg.seq} 号交换包：新增 {preview.counts.add} 条，更新{' '}
                {preview.counts.take} 条，无变化 {preview.counts.same} 条，本机较新保留 {preview.counts.keep} 条，冲突{' '}
                {preview.counts.conflict} 处；对方彻底删除 {preview.purges.filter((p) => p.action === 'delete').length}{' '}
                条。
              </Typography>
              {preview.sequence.kind === 'gap' && (
                <Alert severity="warning">
                  没有导入过第 {preview.sequence.from}
                  {preview.sequence.to > preview.sequence.from ? `–${preview.sequence.to}` : ''} 号交换包。
                  它们的内容对方没有得到本机确认，已重新包含在这个交换包中，可以放心导入。
                </Alert>
              )}
              {kept.length > 0 && (
                <Alert severity="info">对方彻底删除了 {kept.length} 条本机之后又改过的记录，这些记录保留在本机。</Alert>
              )}
              {conflicts.map((item) => (
                <ConflictChoice
                  key={itemKey(item)}
                  item={item}
                  partnerName={preview.partner.name}
                  choice={choices.get(itemKey(item))}
                  onChoose={(choice) => setChoices(new Map(choices).set(itemKey(item), choice))}
                />
              ))}
              <Stack direction="row" spacing={2}>
                <Button
                  variant="contained"
                  disabled={conflicts.some((item) => !choices.has(itemKey(item)))}
                  onClick={() => void confirm()}
                >
                  确认导入
                </Button>
                <Button onClick={() => setPreview(null)}>取消</Button>
              </Stack>
            </Stack>
          )}
          {state.imports.length > 0 && (
            <Stack spacing={1}>
              <Typography variant="subtitle1">最近的导入</Typography>
              {state.imports.map((log, index) => (
                <Stack key={log.id} direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                  <Typography>
                    {log.importedAt.slice(0, 16).replace('T', ' ')}，{log.partnerName} 第 {log.seq} 号，改动{' '}
                    {log.before.length} 条{log.undoneAt === undefined ? '' : '（已撤销）'}
                  </Typography>
                  {index === 0 && log.undoneAt === undefined && (
                    <Button
                      size="small"
                      onClick={() => {
                        undoExchangeImport(db, log.id).then(
                          () => notify.success('已撤销这次导入，记录已恢复原样'),
                          (error: unknown) => notify.error(error, '撤销失败。'),
                        );
                      }}
                    >
                      撤销这次导入
                    </Button>
                  )}
                </Stack>
              ))}
            </Stack>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
