import type { OfficeSettings } from '../entities/settings';

/** The sample community's own (fictional) details, so the first notice a person tries has its 落款, 联系人 and phone. */
export const SAMPLE_OFFICE_DETAILS: Pick<OfficeSettings, 'officeName' | 'address' | 'contactPerson' | 'contactPhone'> =
  {
    officeName: '中共幸福社区委员会',
    address: '幸福路 88 号社区党群服务中心',
    contactPerson: '王丽',
    contactPhone: '023-68881234',
  };
