import { Button, Checkbox, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { setVisitSigned } from '../../db/repositories/care-repository';
import type { CareRound, CareVisit } from '../../domain/entities/care';
import { formatFen } from '../../domain/rules/money';
import { saveCareSignSheet } from './care-files';
import type { CarePeople } from './use-care';
import { VisitDialog } from './VisitDialog';

/** One round's list: who is still to visit, what each visit gave, signatures received. */
export function CareRoundList({
  round,
  visits,
  people,
}: {
  round: CareRound;
  visits: CareVisit[];
  people: CarePeople;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const [visiting, setVisiting] = useState<string | null>(null);
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h6" component="h2">
          {round.title}名单
        </Typography>
        <Button
          variant="outlined"
          onClick={() => {
            saveCareSignSheet(round, visits, people).then(
              (saved) => saved && notify.success('已生成签收表'),
              (error: unknown) => notify.error(error, '生成签收表失败，请重试。'),
            );
          }}
        >
          打印慰问签收表（Word）
        </Button>
      </Stack>
      <Table size="small" aria-label={`${round.title}名单`}>
        <TableHead>
          <TableRow>
            <TableCell>姓名</TableCell>
            <TableCell>所在支部</TableCell>
            <TableCell>走访日期</TableCell>
            <TableCell>走访人</TableCell>
            <TableCell>慰问品</TableCell>
            <TableCell>慰问金（元）</TableCell>
            <TableCell>来源</TableCell>
            <TableCell>已签收</TableCell>
            <TableCell>操作</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {round.memberIds.map((memberId) => {
            const member = people.byId.get(memberId);
            const name = member?.name ?? '（已删除）';
            const visit = visits.find((v) => v.memberId === memberId);
            return (
              <TableRow key={memberId} data-testid="care-row">
                <TableCell>{name}</TableCell>
                <TableCell>{member === undefined ? '' : (people.unitName.get(member.branchId) ?? '')}</TableCell>
                <TableCell>{visit?.date ?? '未走访'}</TableCell>
                <TableCell>{visit?.visitors ?? ''}</TableCell>
                <TableCell>{visit?.gifts ?? ''}</TableCell>
                <TableCell>{visit === undefined ? '' : formatFen(visit.amountFen)}</TableCell>
                <TableCell>{visit?.source ?? ''}</TableCell>
                <TableCell>
                  {visit !== undefined && (
                    <Checkbox
                      checked={visit.signed}
                      slotProps={{ input: { 'aria-label': `${name}已签收` } }}
                      onChange={(e) =>
                        void setVisitSigned(db, visit.id, e.target.checked).catch((error: unknown) =>
                          notify.error(error),
                        )
                      }
                    />
                  )}
                </TableCell>
                <TableCell>
                  {visit === undefined && (
                    <Button size="small" onClick={() => setVisiting(memberId)}>
                      登记走访
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {visiting !== null && (
        <VisitDialog
          memberId={visiting}
          name={people.byId.get(visiting)?.name ?? ''}
          roundId={round.id}
          onClose={() => setVisiting(null)}
        />
      )}
    </Stack>
  );
}
