import { Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { restoreMember } from '../../db/repositories/member-repository';
import type { Member } from '../../domain/entities/member';
import { maskIdNumber } from '../../domain/rules/masking';

/** Members deleted by mistake wait here; nothing is removed for good from the app. */
export function RecycleBin({ deleted, unitName }: { deleted: Member[]; unitName: (id: string) => string }) {
  const db = useDatabase();
  const notify = useNotify();
  if (deleted.length === 0) return <Typography color="text.secondary">回收站是空的。</Typography>;
  return (
    <List aria-label="回收站">
      {deleted.map((member) => (
        <ListItem
          key={member.id}
          divider
          secondaryAction={
            <Button
              aria-label={`恢复 ${member.name}`}
              onClick={() => {
                restoreMember(db, member.id).then(
                  () => notify.success(`已恢复 ${member.name}`),
                  (error: unknown) => notify.error(error),
                );
              }}
            >
              恢复
            </Button>
          }
        >
          <ListItemText
            primary={member.name}
            secondary={`${unitName(member.branchId)} · ${maskIdNumber(member.idNumber)} · 删除于 ${(member.deletedAt ?? '').slice(0, 10)}`}
          />
        </ListItem>
      ))}
    </List>
  );
}
