import type { Theme } from '@mui/material/styles';

/**
 * Scroll bars drawn by the page, always visible and wide enough to grab: Windows 11 and some
 * Chromium settings hide thin overlay bars, and then a table that scrolls sideways looks cut off.
 */
export function visibleScrollbars(theme: Theme) {
  return {
    scrollbarGutter: 'stable',
    '&::-webkit-scrollbar': { width: 14, height: 14 },
    '&::-webkit-scrollbar-track': { backgroundColor: theme.palette.grey[100] },
    '&::-webkit-scrollbar-thumb': {
      backgroundColor: theme.palette.grey[500],
      borderRadius: 7,
      border: `3px solid ${theme.palette.grey[100]}`,
    },
    '&::-webkit-scrollbar-thumb:hover': { backgroundColor: theme.palette.grey[700] },
  } as const;
}
