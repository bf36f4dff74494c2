import { Box, Typography } from '@mui/material';
import { useLiveQuery } from '../../../ui/use-live-query';
import { useDatabase } from '../../../app/database-context';
import { getMember } from '../../../db/repositories/member-repository';
import { listAllOrgUnits } from '../../../db/repositories/org-unit-reads';
import { listPostsOfMember } from '../../../db/repositories/organisation-repository';
import { todayIso } from '../../../domain/entities/dates';
import type { Member } from '../../../domain/entities/member';
import { membershipStatusLabels } from '../../../domain/entities/member';
import { memberDateText } from '../../../domain/rules/date-precision';
import { partyAgeStart, partyAgeYears } from '../../../domain/rules/party-age';
import { ageOn } from '../../../domain/rules/flexible-date';
import { confirmationDateWarning, probationEndDate } from '../../../domain/rules/probation';

/** 党章 art. 7: 党龄 from the 转正 date; 预备党员 have none. */
function partyAgeText(member: Member, today: string): string {
  if (member.category === '预备党员') return '预备党员没有党龄';
  const years = partyAgeYears(member, today);
  if (years === null) return '';
  return partyAgeStart(member)?.estimated === true ? `${years} 年（未填转正日期，按入党满一年推算）` : `${years} 年`;
}

/** Every field of the record; the full ID number is shown only here. */
export function BasicInfoTab({ memberId }: { memberId: string }) {
  const db = useDatabase();
  const member = useLiveQuery(() => getMember(db, memberId), [db, memberId]);
  const units = useLiveQuery(() => listAllOrgUnits(db), [db]);
  const posts = useLiveQuery(() => listPostsOfMember(db, memberId), [db, memberId]);
  if (member === undefined || units === undefined || posts === undefined) return null;
  const unitName = (id: string | undefined) => units.find((unit) => unit.id === id)?.name ?? '';
  const today = todayIso();
  const due =
    member.category === '预备党员' && member.joinDate !== undefined
      ? probationEndDate(member.joinDate, member.probationExtendedMonths ?? 0)
      : undefined;
  const confirmWarning = confirmationDateWarning(member);
  const rows: [string, string][] = [
    ['姓名', member.name],
    ['性别', member.gender ?? ''],
    ['民族', member.ethnicity ?? ''],
    ['公民身份证号', member.idNumber ?? ''],
    [
      '出生日期',
      member.birthDate === undefined
        ? ''
        : `${memberDateText(member, 'birthDate')}（${ageOn(member.birthDate, today)} 岁）`,
    ],
    ['籍贯', member.nativePlace ?? ''],
    ['学历', member.education ?? ''],
    ['人员类别', member.category],
    ['所在党支部', unitName(member.branchId)],
    ['党小组', unitName(member.groupId)],
    ['加入党组织日期', memberDateText(member, 'joinDate')],
    [
      '转为正式党员日期',
      member.fullMemberDate === undefined
        ? due === undefined
          ? ''
          : `预备期至 ${due}${(member.probationExtendedMonths ?? 0) > 0 ? `（已延长 ${member.probationExtendedMonths ?? 0} 个月）` : ''}，届时应讨论转正`
        : `${memberDateText(member, 'fullMemberDate')}${confirmWarning === null ? '' : `（${confirmWarning}）`}`,
    ],
    ['党龄', partyAgeText(member, today)],
    [
      '党内职务',
      posts
        .filter((post) => post.endDate === undefined)
        .map((post) => `${unitName(post.orgUnitId)}${post.title}`)
        .join('、'),
    ],
    ['工作岗位', member.occupation ?? ''],
    ['工作单位', member.workUnit ?? ''],
    ['参加工作日期', memberDateText(member, 'workStartDate')],
    ['联系电话', member.phone ?? ''],
    ['家庭住址', member.address ?? ''],
    ['党籍状态', member.partyStanding],
    ['是否失联党员', member.lostContact ? `是，${member.lostContactDate ?? ''} 起失去联系` : '否'],
    ['是否流动党员', member.floating ? '是（详见“流动情况”）' : '否'],
    ['在册状态', membershipStatusLabels[member.membershipStatus]],
    ['备注', member.note ?? ''],
  ];
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '160px 1fr 160px 1fr' }, gap: 1.5, m: 0 }}
      data-testid="member-basic-info"
    >
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" sx={{ m: 0 }} data-field={label}>
            {value === '' ? '—' : value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
