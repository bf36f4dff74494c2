import { CircularProgress, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { ReportToStreetPanel } from '../street/ReportToStreetPanel';
import { StreetRollupPanel } from '../street/StreetRollupPanel';
import { DeskIdentityCard } from './DeskIdentityCard';
import { ImportExchangeCard } from './ImportExchangeCard';
import { PartnersCard } from './PartnersCard';
import { TryExchangeButton } from './TryExchangeButton';
import { useExchangeState } from './use-exchange';

/** 交换与汇总: several desks of one ledger exchange packages; a community reports to its street office. */
export default function ExchangePage() {
  const [tab, setTab] = useState(0);
  const state = useExchangeState();
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        交换与汇总
      </Typography>
      <Tabs value={tab} onChange={(_, value: number) => setTab(value)}>
        <Tab label="多台电脑交换" />
        <Tab label="上报街道（社区用）" />
        <Tab label="街道汇总（街道用）" />
      </Tabs>
      {tab === 0 &&
        (state === undefined ? (
          <CircularProgress aria-label="正在读取" />
        ) : (
          <Stack spacing={2}>
            <Typography>
              支部书记的电脑、第二台办公电脑与社区电脑之间用 U
              盘交换“交换包”（.pdx）：每个包只含上次交换以来改过的记录，
              同一个包导入两次不会重复，两边都改过的记录由您逐项决定保留哪一方，导入后可以撤销。
            </Typography>
            <div>
              <TryExchangeButton disabled={state.identity === null} />
            </div>
            <DeskIdentityCard state={state} />
            <PartnersCard state={state} />
            <ImportExchangeCard state={state} />
          </Stack>
        ))}
      {tab === 1 && <ReportToStreetPanel />}
      {tab === 2 && <StreetRollupPanel />}
    </Stack>
  );
}
