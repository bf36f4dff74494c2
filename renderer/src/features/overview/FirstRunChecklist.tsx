import CheckCircle from '@mui/icons-material/CheckCircle';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import {
  Button,
  Card,
  CardContent,
  LinearProgress,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { firstRunProgress } from '../../db/repositories/first-run-repository';
import { defaultSampleOptions, loadSampleData } from '../../db/repositories/sample-data-repository';
import { todayIso } from '../../domain/entities/dates';

/**
 * A new ledger's first steps, in the order the data needs them, each a link to where it is done;
 * and a way to look around first with the sample community. Hidden once all four are done.
 */
export function FirstRunChecklist() {
  const db = useDatabase();
  const notify = useNotify();
  const progress = useLiveQuery(() => firstRunProgress(db), [db]);
  const [loading, setLoading] = useState(false);
  if (progress === undefined) return null;
  const steps = [
    {
      done: progress.officeFilled,
      label: '填写单位信息',
      hint: '单位名称、联系人和电话，通知落款会用到',
      to: '/settings',
    },
    { done: progress.hasBranch, label: '建立组织架构', hint: '党委、党支部和党小组', to: '/organisation' },
    { done: progress.hasMember, label: '导入或录入党员', hint: '可用 Excel 模板一次导入', to: '/members' },
    { done: progress.hasActivity, label: '登记第一次活动', hint: '三会一课或学习活动，打印签到表', to: '/activities' },
  ];
  const doneCount = steps.filter((step) => step.done).length;
  if (doneCount === steps.length) return null;

  const trySample = async () => {
    setLoading(true);
    try {
      await loadSampleData(db, defaultSampleOptions(todayIso()));
      notify.success('示例数据已载入：可以随意浏览和试用，用完在“设置”中一键清除。');
    } catch (error) {
      notify.error(error, '载入示例数据失败，台账未做任何改动。');
    } finally {
      setLoading(false);
    }
  };

  return (
    <Card variant="outlined" data-testid="first-run" className="no-print">
      <CardContent>
        <Typography variant="h6" component="h2">
          开始使用
        </Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', my: 1 }}>
          <LinearProgress
            variant="determinate"
            value={(doneCount / steps.length) * 100}
            sx={{ flex: 1, height: 8, borderRadius: 4 }}
            aria-label="开始使用进度"
          />
          <Typography>{`已完成 ${doneCount} / ${steps.length}`}</Typography>
        </Stack>
        <List dense disablePadding>
          {steps.map((step, index) => (
            <ListItem key={step.to} disablePadding>
              <ListItemButton component={RouterLink} to={step.to}>
                <ListItemIcon>
                  {step.done ? (
                    <CheckCircle color="success" aria-label="已完成" />
                  ) : (
                    <RadioButtonUnchecked aria-label="未完成" />
                  )}
                </ListItemIcon>
                <ListItemText primary={`${index + 1}. ${step.label}`} secondary={step.hint} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
        {progress.storeEmpty ? (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mt: 1 }}>
            <Button variant="outlined" disabled={loading} onClick={() => void trySample()}>
              先看看示例数据
            </Button>
            <Typography variant="body2" color="text.secondary">
              载入一个虚构的社区（党员、活动、学时），试用各项功能；不会与真实数据混在一起，可随时清除。
            </Typography>
          </Stack>
        ) : null}
      </CardContent>
    </Card>
  );
}
