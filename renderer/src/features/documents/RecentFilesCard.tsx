import { Button, Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { getPlatform } from '../../platform/api';
import { recentFiles } from '../../db/repositories/recent-files-repository';
import { formatStamp } from '../../domain/entities/dates';

export function RecentFilesCard() {
  const db = useDatabase();
  const notify = useNotify();
  const files = useLiveQuery(() => recentFiles(db), [db]);
  const platform = getPlatform();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          最近保存的文书
        </Typography>
        {files === undefined ? null : files.length === 0 ? (
          <Typography color="text.secondary">还没有保存过文书。</Typography>
        ) : (
          <List dense aria-label="最近保存的文书">
            {files.map((file) => (
              <ListItem
                key={`${file.savedAt}-${file.name}`}
                secondaryAction={
                  platform.canShowInFolder && file.path !== undefined ? (
                    <Button
                      onClick={() => {
                        if (file.path !== undefined)
                          platform.showInFolder(file.path).catch((error: unknown) => notify.error(error));
                      }}
                    >
                      打开所在文件夹
                    </Button>
                  ) : null
                }
              >
                <ListItemText
                  primary={file.name}
                  secondary={`${file.kind} · ${formatStamp(file.savedAt)}${file.path === undefined ? ' · 已下载到浏览器的下载文件夹' : ''}`}
                />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}
