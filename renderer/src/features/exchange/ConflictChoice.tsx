import {
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { IncomingItem } from '../../db/repositories/exchange-repository';
import { tableLabel } from '../../ui/table-labels';
import { fieldLabel, valueText } from './scope-text';

/** One record both desks changed: the two versions field by field, and the person's choice. */
export function ConflictChoice({
  item,
  partnerName,
  choice,
  onChoose,
}: {
  item: IncomingItem;
  partnerName: string;
  choice: 'mine' | 'theirs' | undefined;
  onChoose: (choice: 'mine' | 'theirs') => void;
}) {
  const title = valueText(item.local?.['name'] ?? item.incoming['name'] ?? item.incoming['personName'] ?? item.id);
  return (
    <Stack
      spacing={1}
      data-testid="exchange-conflict"
      sx={{ border: 1, borderColor: 'warning.main', p: 1.5, borderRadius: 1 }}
    >
      <Typography>
        {tableLabel(item.table)}：{title}
      </Typography>
      <Table size="small" aria-label={`冲突：${title}`}>
        <TableHead>
          <TableRow>
            <TableCell>项目</TableCell>
            <TableCell>本机</TableCell>
            <TableCell>{partnerName}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {item.fields.map((field) => (
            <TableRow key={field}>
              <TableCell>{fieldLabel(field)}</TableCell>
              <TableCell>{valueText(item.local?.[field])}</TableCell>
              <TableCell>{valueText(item.incoming[field])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <RadioGroup row value={choice ?? ''} onChange={(event) => onChoose(event.target.value as 'mine' | 'theirs')}>
        <FormControlLabel value="mine" control={<Radio />} label="保留本机的" />
        <FormControlLabel value="theirs" control={<Radio />} label={`采用${partnerName}的`} />
      </RadioGroup>
    </Stack>
  );
}
