import { useEffect, useState } from 'react';
import type { AppInfo } from '../platform/api';
import { getPlatform } from '../platform/api';

export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let current = true;
    getPlatform()
      .getInfo()
      .then((value) => current && setInfo(value))
      .catch(() => current && setInfo(null));
    return () => {
      current = false;
    };
  }, []);
  return info;
}
