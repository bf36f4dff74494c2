import { Stack, Typography } from '@mui/material';
import { honourKindLabels } from '../../domain/entities/honour';
import { useMemberHonours } from './use-honours';

/** The member page's 创先争优 section: honours, 示范岗 and pledges, newest first. */
export function MemberHonours({ memberId }: { memberId: string }) {
  const data = useMemberHonours(memberId);
  if (data === undefined) return null;
  return (
    <Stack spacing={1}>
      <Typography variant="h6" component="h2">
        创先争优
      </Typography>
      {data.honours.length === 0 && data.pledges.length === 0 && (
        <Typography color="text.secondary">暂无荣誉、示范岗或承诺记录。</Typography>
      )}
      {data.honours.map((h) => (
        <Typography key={h.id} data-testid="member-honour">
          {h.date} {honourKindLabels[h.kind]}：{h.title}（{h.level}
          {h.issuer === undefined ? '' : `，${h.issuer}`}）
        </Typography>
      ))}
      {data.pledges.map((p) => (
        <Typography key={p.id}>
          {p.year}年承诺：{p.pledge}
          {p.fulfilment === undefined ? '（未评议）' : `；践诺：${p.fulfilment}`}
        </Typography>
      ))}
    </Stack>
  );
}
