import { describe, expect, it } from 'vitest';
import { describeStorageUse, formatStorageSize } from '../../../renderer/src/features/storage/storage-text';

describe('storage sizes in plain words', () => {
  it('uses KB under 1 MB, MB under 1 GB, GB above, with one decimal under 10', () => {
    expect(formatStorageSize(0)).toBe('1 KB');
    expect(formatStorageSize(1023 * 1024)).toBe('1023 KB');
    expect(formatStorageSize(1024 * 1024)).toBe('1.0 MB');
    expect(formatStorageSize(12.4 * 1024 * 1024)).toBe('12 MB');
    expect(formatStorageSize(3.25 * 1024 ** 3)).toBe('3.3 GB');
    expect(formatStorageSize(120 * 1024 ** 3)).toBe('120 GB');
  });

  it('says how much is used, the most allowed, and the share', () => {
    expect(describeStorageUse({ usage: 5 * 1024 ** 2, quota: 100 * 1024 ** 3 })).toBe(
      '台账数据（含附件）约占 5.0 MB；这台电脑最多可给本程序用约 100 GB，已用不到 1%。',
    );
    expect(describeStorageUse({ usage: 50 * 1024 ** 2, quota: 100 * 1024 ** 2 })).toContain('已用 50%');
  });
});
