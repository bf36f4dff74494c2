import { Alert, Box, Button, FormControlLabel, Stack, Switch, TextField, Typography } from '@mui/material';
import type { Voting } from '../../domain/entities/activity';
import { votingSchema } from '../../domain/entities/activity';
import { voteOutcomes, votingAttendanceText } from '../../domain/rules/votes';

export interface VotesDraft {
  expected: string;
  present: string;
  resolutions: { title: string; yes: string; no: string; abstain: string }[];
}

export function votesDraftOf(voting: Voting | undefined): VotesDraft | null {
  if (voting === undefined) return null;
  return {
    expected: String(voting.expected),
    present: String(voting.present),
    resolutions: voting.resolutions.map((r) => ({
      title: r.title,
      yes: String(r.yes),
      no: String(r.no),
      abstain: String(r.abstain),
    })),
  };
}

const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The draft as the schema sees it: the parsed votes, or the first problem in Chinese. */
export function parseVotes(draft: VotesDraft) {
  return votingSchema.safeParse({
    expected: num(draft.expected),
    present: num(draft.present),
    resolutions: draft.resolutions.map((r) => ({
      title: r.title,
      yes: num(r.yes),
      no: num(r.no),
      abstain: num(r.abstain),
    })),
  });
}

/**
 * 支部党员大会 votes: 有表决权的应到/实到 (预备党员 have no vote) and 赞成/反对/弃权 per resolution, with the
 * quorum and majority flags (rules/votes.ts) shown as they will print.
 */
export function VotesEditor({
  draft,
  onChange,
  suggested,
}: {
  draft: VotesDraft | null;
  onChange: (draft: VotesDraft | null) => void;
  suggested: { expected: number; present: number };
}) {
  const parsed = draft === null ? null : parseVotes(draft);
  const set = (patch: Partial<VotesDraft>) => draft !== null && onChange({ ...draft, ...patch });
  const setRow = (index: number, patch: Partial<VotesDraft['resolutions'][number]>) =>
    draft !== null &&
    onChange({ ...draft, resolutions: draft.resolutions.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
  return (
    <Stack spacing={1} data-testid="votes-editor">
      <FormControlLabel
        control={
          <Switch
            checked={draft !== null}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? {
                      expected: String(suggested.expected),
                      present: String(suggested.present),
                      resolutions: [{ title: '', yes: '', no: '0', abstain: '0' }],
                    }
                  : null,
              )
            }
          />
        }
        label="记录表决（支部党员大会）"
      />
      {draft === null ? null : (
        <>
          <Typography variant="body2" color="text.secondary">
            预备党员没有表决权：应到、实到只计正式党员。到会有表决权的党员超过半数会议方有效，赞成票超过应到会有表决权党员的半数方为通过。
          </Typography>
          <Stack direction="row" spacing={2}>
            <TextField
              label="有表决权的应到"
              value={draft.expected}
              onChange={(e) => set({ expected: e.target.value })}
              sx={{ width: 160 }}
            />
            <TextField
              label="有表决权的实到"
              value={draft.present}
              onChange={(e) => set({ present: e.target.value })}
              sx={{ width: 160 }}
            />
          </Stack>
          {draft.resolutions.map((row, index) => (
            <Stack key={index} direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
              <TextField
                label={`表决事项${index + 1}`}
                value={row.title}
                onChange={(e) => setRow(index, { title: e.target.value })}
                sx={{ flex: 1, minWidth: 220 }}
              />
              <TextField
                label="赞成"
                value={row.yes}
                onChange={(e) => setRow(index, { yes: e.target.value })}
                sx={{ width: 90 }}
              />
              <TextField
                label="反对"
                value={row.no}
                onChange={(e) => setRow(index, { no: e.target.value })}
                sx={{ width: 90 }}
              />
              <TextField
                label="弃权"
                value={row.abstain}
                onChange={(e) => setRow(index, { abstain: e.target.value })}
                sx={{ width: 90 }}
              />
            </Stack>
          ))}
          <Box>
            <Button
              size="small"
              onClick={() =>
                set({ resolutions: [...draft.resolutions, { title: '', yes: '', no: '0', abstain: '0' }] })
              }
            >
              增加表决事项
            </Button>
          </Box>
          {parsed?.success === false ? (
            <Alert severity="error">{parsed.error.issues[0]?.message ?? '请检查表决数字'}</Alert>
          ) : parsed?.success === true ? (
            <Box data-testid="vote-outcomes">
              <Typography>{votingAttendanceText(parsed.data)}</Typography>
              {voteOutcomes(parsed.data).map((outcome) => (
                <Alert key={outcome.text} severity={outcome.passed ? 'success' : 'warning'} sx={{ mt: 0.5 }}>
                  {outcome.text}
                </Alert>
              ))}
            </Box>
          ) : null}
        </>
      )}
    </Stack>
  );
}
