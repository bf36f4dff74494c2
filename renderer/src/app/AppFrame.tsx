import {
  AppBar,
  Box,
  Drawer,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Toolbar,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { NAVIGATION } from './navigation';

const DRAWER_WIDTH = 208;

function isActive(entryPath: string, pathname: string): boolean {
  return entryPath === '/' ? pathname === '/' : pathname === entryPath || pathname.startsWith(`${entryPath}/`);
}

export function AppFrame({ officeName, children }: { officeName: string; children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }} className="app-frame">
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }} className="no-print">
        <Toolbar variant="dense">
          <Typography variant="h6" component="div" sx={{ fontWeight: 700, mr: 2 }}>
            社区党员教育台账
          </Typography>
          <Typography variant="body2" sx={{ opacity: 0.9 }} data-testid="office-name">
            {officeName}
          </Typography>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        className="no-print"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar variant="dense" />
        <nav aria-label="主导航">
          <List>
            {NAVIGATION.map((entry) => (
              <ListItemButton
                key={entry.path}
                component={RouterLink}
                to={entry.path}
                selected={isActive(entry.path, pathname)}
              >
                <ListItemIcon sx={{ minWidth: 40 }}>{entry.icon}</ListItemIcon>
                <ListItemText primary={entry.label} />
              </ListItemButton>
            ))}
          </List>
        </nav>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }} className="app-main">
        <Toolbar variant="dense" className="no-print" />
        {children}
      </Box>
    </Box>
  );
}
