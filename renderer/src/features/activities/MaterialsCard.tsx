import { Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { liveFiles } from '../../db/repositories/activity-reads';
import { attachMaterial, detachMaterial } from '../../db/repositories/activity-repository';
import type { Activity } from '../../domain/entities/activity';
import { getPlatform } from '../../platform/api';

/** 材料: local files attached to the activity (课件, 照片, 通知), kept inside the ledger's store. */
export function MaterialsCard({ activity }: { activity: Activity }) {
  const db = useDatabase();
  const notify = useNotify();
  const files = useLiveQuery(() => liveFiles(db, activity.materialFileIds), [db, activity.materialFileIds]);
  const add = async () => {
    try {
      const opened = await getPlatform().openFile([{ name: '所有文件', extensions: ['*'] }]);
      if (opened === null) return;
      await attachMaterial(db, activity.id, opened);
      notify.success(`已添加材料“${opened.name}”`);
    } catch (error) {
      notify.error(error, '添加材料失败');
    }
  };
  return (
    <Stack spacing={1}>
      {files === undefined || files.length === 0 ? <Typography color="text.secondary">还没有材料。</Typography> : null}
      <List dense>
        {(files ?? []).map((file) => (
          <ListItem
            key={file.id}
            secondaryAction={
              <Stack direction="row" spacing={1}>
                <Button
                  size="small"
                  onClick={() => {
                    if (file.blob === undefined) return;
                    file.blob
                      .arrayBuffer()
                      .then((buffer) =>
                        getPlatform().saveFile(new Uint8Array(buffer), file.name, [
                          { name: '文件', extensions: ['*'] },
                        ]),
                      )
                      .catch((error: unknown) => notify.error(error, '保存失败'));
                  }}
                >
                  另存
                </Button>
                <Button
                  size="small"
                  color="warning"
                  onClick={() =>
                    void detachMaterial(db, activity.id, file.id).catch((error: unknown) => notify.error(error))
                  }
                >
                  移除
                </Button>
              </Stack>
            }
          >
            <ListItemText primary={file.name} secondary={`${Math.ceil(file.size / 1024)} KB`} />
          </ListItem>
        ))}
      </List>
      <div>
        <Button variant="outlined" onClick={() => void add()}>
          添加材料
        </Button>
      </div>
    </Stack>
  );
}
