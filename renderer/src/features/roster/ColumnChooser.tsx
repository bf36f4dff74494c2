import ViewColumn from '@mui/icons-material/ViewColumnOutlined';
import { Button, Checkbox, FormControlLabel, Menu, MenuItem } from '@mui/material';
import { memo, useState } from 'react';
import { ROSTER_COLUMNS } from './roster-columns';

/** Memoised: the roster page re-renders on every keystroke of the search. */
export const ColumnChooser = memo(function ColumnChooser({
  visible,
  onChange,
}: {
  visible: string[];
  onChange: (keys: string[]) => void;
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button startIcon={<ViewColumn />} onClick={(event) => setAnchor(event.currentTarget)}>
        列设置
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {ROSTER_COLUMNS.map((column) => {
          const checked = visible.includes(column.key);
          return (
            <MenuItem key={column.key} dense>
              <FormControlLabel
                control={
                  <Checkbox
                    checked={checked}
                    disabled={column.key === 'name'}
                    onChange={() =>
                      onChange(
                        checked
                          ? visible.filter((key) => key !== column.key)
                          : ROSTER_COLUMNS.map((one) => one.key).filter(
                              (key) => key === column.key || visible.includes(key),
                            ),
                      )
                    }
                  />
                }
                label={column.label}
              />
            </MenuItem>
          );
        })}
      </Menu>
    </>
  );
});
