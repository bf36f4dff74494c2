import type { IsoDate } from '../entities/dates';
import type { Member, MembershipStatus, MonthDateField } from '../entities/member';
import { educationLevels, genders, memberCategories, memberSchema, partyStandings } from '../entities/member';
import { dateText } from './date-precision';
import { checkIdNumber } from './id-number';
import { normalizePhone, phoneProblem } from './phone';

/** What a form or an import row holds before it is a member: every field as typed. */
export interface MemberDraft {
  name: string;
  gender: string;
  ethnicity: string;
  idNumber: string;
  birthDate: string;
  education: string;
  category: string;
  branchId: string;
  groupId: string;
  joinDate: string;
  fullMemberDate: string;
  occupation: string;
  workUnit: string;
  phone: string;
  address: string;
  partyStanding: string;
  lostContact: boolean;
  lostContactDate: string;
  floating: boolean;
  floatingProvince: string;
  floatingCity: string;
  floatingCounty: string;
  floatingContactPerson: string;
  floatingContactPhone: string;
  floatingCertificateNo: string;
  floatingSince: string;
  nativePlace: string;
  workStartDate: string;
  note: string;
  membershipStatus: MembershipStatus;
  /** Dates known to the month only. */
  monthOnlyDates: MonthDateField[];
  /** 待核实 notes carried by the record. */
  toVerify: string[];
}

export type DraftField = keyof MemberDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

/** The fields a member record takes from a draft (the store adds identity, timestamps and pinyin). */
export type MemberFields = Omit<Member, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'namePinyin' | 'nameInitials'>;

export const DRAFT_DATE_FIELDS = [
  'birthDate',
  'joinDate',
  'fullMemberDate',
  'lostContactDate',
  'floatingSince',
  'workStartDate',
] as const satisfies readonly DraftField[];

export function emptyDraft(): MemberDraft {
  return {
    name: '',
    gender: '',
    ethnicity: '汉族',
    idNumber: '',
    birthDate: '',
    education: '',
    category: '正式党员',
    branchId: '',
    groupId: '',
    joinDate: '',
    fullMemberDate: '',
    occupation: '',
    workUnit: '',
    phone: '',
    address: '',
    partyStanding: '正常',
    lostContact: false,
    lostContactDate: '',
    floating: false,
    floatingProvince: '',
    floatingCity: '',
    floatingCounty: '',
    floatingContactPerson: '',
    floatingContactPhone: '',
    floatingCertificateNo: '',
    floatingSince: '',
    nativePlace: '',
    workStartDate: '',
    note: '',
    membershipStatus: 'active',
    monthOnlyDates: [],
    toVerify: [],
  };
}

export function draftFromMember(member: Member): MemberDraft {
  return {
    name: member.name,
    gender: member.gender ?? '',
    ethnicity: member.ethnicity ?? '',
    idNumber: member.idNumber ?? '',
    birthDate: member.birthDate ?? '',
    education: member.education ?? '',
    category: member.category,
    branchId: member.branchId,
    groupId: member.groupId ?? '',
    joinDate: member.joinDate ?? '',
    fullMemberDate: member.fullMemberDate ?? '',
    occupation: member.occupation ?? '',
    workUnit: member.workUnit ?? '',
    phone: member.phone ?? '',
    address: member.address ?? '',
    partyStanding: member.partyStanding,
    lostContact: member.lostContact,
    lostContactDate: member.lostContactDate ?? '',
    floating: member.floating,
    floatingProvince: member.floatingTo?.province ?? '',
    floatingCity: member.floatingTo?.city ?? '',
    floatingCounty: member.floatingTo?.county ?? '',
    floatingContactPerson: member.floatingContactPerson ?? '',
    floatingContactPhone: member.floatingContactPhone ?? '',
    floatingCertificateNo: member.floatingCertificateNo ?? '',
    floatingSince: member.floatingSince ?? '',
    nativePlace: member.nativePlace ?? '',
    workStartDate: member.workStartDate ?? '',
    note: member.note ?? '',
    membershipStatus: member.membershipStatus,
    monthOnlyDates: [...(member.monthOnlyDates ?? [])],
    toVerify: [...(member.toVerify ?? [])],
  };
}

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const monthDateOrder: readonly MonthDateField[] = ['birthDate', 'joinDate', 'fullMemberDate', 'workStartDate'];

// Built once: making a derived zod schema costs far more than using it (an import checks 10,000 rows).
const memberFieldsSchema = memberSchema.omit({
  id: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  namePinyin: true,
  nameInitials: true,
});

export interface DraftCheckOptions {
  /**
   * 'import': a doubtful fact is stored with a warning instead of refused (DESIGN.md "Input from the
   * real office"); only no name, a bad ID number, a date after today and an impossible order of dates
   * (and what the record cannot hold) refuse. 'form' (default): every problem is shown on its field.
   */
  mode?: 'form' | 'import';
}

/**
 * Checks a draft as the user types: every problem with its Chinese reason, and the member fields
 * when there is none. Birth date and gender come from the ID number when it has one (GB 11643-1999:
 * the ID carries them); in an import a sheet that disagrees is overruled with a warning naming what it said.
 */
export function validateMemberDraft(
  draft: MemberDraft,
  today: IsoDate,
  options: DraftCheckOptions = {},
): { errors: DraftErrors; fields?: MemberFields; notes: string[]; warnings: string[] } {
  const lenient = options.mode === 'import';
  const errors: DraftErrors = {};
  const notes: string[] = [];
  const warnings: string[] = [];
  const monthOnly = new Set(draft.monthOnlyDates);
  const name = draft.name.trim();
  if (name === '') errors.name = '请填写姓名';
  else if (name.length > 30) errors.name = '姓名不超过 30 个字';

  let idNumber: string | undefined;
  let birthDate = optional(draft.birthDate);
  let gender = optional(draft.gender);
  if (draft.idNumber.trim() !== '') {
    const check = checkIdNumber(draft.idNumber, today);
    if (check.ok) {
      idNumber = check.normalized;
      if (check.upgradedFrom !== undefined) notes.push(`15 位旧身份证号已升级为 18 位：${check.normalized}`);
      const birthMonthOnly = monthOnly.has('birthDate');
      // 出生年月 is compared at the month it states.
      const agrees =
        birthDate === undefined ||
        (birthMonthOnly ? birthDate.slice(0, 7) === check.birthDate.slice(0, 7) : birthDate === check.birthDate);
      if (!agrees && birthDate !== undefined) {
        if (lenient) warnings.push(`出生日期按身份证号为准（表中为 ${dateText(birthDate, birthMonthOnly)}）`);
        else errors.birthDate = `出生日期与身份证号不符（身份证号为 ${check.birthDate}）`;
      }
      if (gender !== undefined && gender !== check.gender) {
        if (lenient) warnings.push(`性别按身份证号为准（表中为${gender}）`);
        else errors.gender = `性别与身份证号不符（身份证号为${check.gender}）`;
      }
      birthDate = check.birthDate;
      monthOnly.delete('birthDate');
      gender = check.gender;
    } else {
      errors.idNumber = check.reason;
    }
  }
  if (gender !== undefined && !(genders as readonly string[]).includes(gender)) errors.gender = '性别应为“男”或“女”';

  for (const field of DRAFT_DATE_FIELDS) {
    const value = field === 'birthDate' ? (birthDate ?? '') : draft[field].trim();
    if (value === '' || errors[field] !== undefined) continue;
    if (!ISO.test(value)) errors[field] = '日期格式应为 YYYY-MM-DD';
    else if (value > today) errors[field] = '日期不能晚于今天';
  }
  // A month-only date picked again in the form as a day is a full date now.
  for (const field of monthOnly) {
    const value = field === 'birthDate' ? (birthDate ?? '') : draft[field].trim();
    if (!value.endsWith('-01')) monthOnly.delete(field);
  }
  const joinDate = optional(draft.joinDate);
  const fullMemberDate = optional(draft.fullMemberDate);
  if (birthDate !== undefined && joinDate !== undefined && joinDate <= birthDate && errors.joinDate === undefined) {
    errors.joinDate = '入党日期应晚于出生日期';
  }
  if (joinDate !== undefined && fullMemberDate !== undefined && fullMemberDate < joinDate) {
    errors.fullMemberDate = '转正日期不能早于入党日期';
  }
  if (!(memberCategories as readonly string[]).includes(draft.category)) {
    errors.category = '人员类别应为“正式党员”或“预备党员”';
  }
  let category = draft.category;
  if (category === '预备党员' && fullMemberDate !== undefined) {
    if (lenient) {
      warnings.push('人员类别为预备党员，但已填转正日期：已按正式党员导入');
      category = '正式党员';
    } else errors.fullMemberDate = '预备党员还没有转正日期：转正后请把人员类别改为正式党员';
  }
  if (draft.education !== '' && !(educationLevels as readonly string[]).includes(draft.education)) {
    errors.education = `学历应为：${educationLevels.join('、')}`;
  }
  if (!(partyStandings as readonly string[]).includes(draft.partyStanding))
    errors.partyStanding = '党籍状态应为“正常”或“停止党籍”';
  if (draft.branchId === '') errors.branchId = '请选择所在党支部';
  let phone = draft.phone;
  let floatingContactPhone = draft.floatingContactPhone;
  const movedToNote: string[] = [];
  const phoneIssue = phoneProblem(phone);
  if (phoneIssue !== null && lenient) {
    warnings.push(`联系电话“${phone.trim()}”${phoneIssue}：已移入备注`);
    movedToNote.push(`联系电话：${phone.trim()}`);
    phone = '';
  } else if (phoneIssue !== null) errors.phone = phoneIssue;
  const floatingPhoneIssue = phoneProblem(floatingContactPhone);
  if (floatingPhoneIssue !== null && lenient) {
    warnings.push(`流入地联系电话“${floatingContactPhone.trim()}”${floatingPhoneIssue}：已移入备注`);
    movedToNote.push(`流入地联系电话：${floatingContactPhone.trim()}`);
    floatingContactPhone = '';
  } else if (floatingPhoneIssue !== null) errors.floatingContactPhone = floatingPhoneIssue;
  if (draft.lostContact && optional(draft.lostContactDate) === undefined) {
    if (lenient) warnings.push('失联党员未填失去联系日期');
    else errors.lostContactDate = '失联党员请填写失去联系日期';
  }
  if (draft.floating && optional(draft.floatingProvince) === undefined) {
    if (lenient) warnings.push('流动党员未填外出流向');
    else errors.floatingProvince = '流动党员请填写外出流向（省）';
  }
  const note = [draft.note.trim(), ...movedToNote.filter((line) => !draft.note.includes(line))]
    .filter((line) => line !== '')
    .join('；');

  if (Object.keys(errors).length > 0) return { errors, notes, warnings };
  const toVerify = [...new Set([...draft.toVerify, ...warnings])];
  const monthOnlyDates = monthDateOrder.filter((field) => monthOnly.has(field));

  const fields: MemberFields = {
    name,
    gender: gender as Member['gender'],
    ethnicity: optional(draft.ethnicity),
    idNumber,
    birthDate,
    education: optional(draft.education) as Member['education'],
    category: category as Member['category'],
    branchId: draft.branchId,
    groupId: optional(draft.groupId),
    joinDate,
    fullMemberDate,
    occupation: optional(draft.occupation),
    workUnit: optional(draft.workUnit),
    phone: phone.trim() === '' ? undefined : normalizePhone(phone),
    address: optional(draft.address),
    partyStanding: draft.partyStanding as Member['partyStanding'],
    lostContact: draft.lostContact,
    lostContactDate: draft.lostContact ? optional(draft.lostContactDate) : undefined,
    floating: draft.floating,
    floatingTo:
      draft.floating && draft.floatingProvince.trim() !== ''
        ? {
            province: draft.floatingProvince.trim(),
            city: draft.floatingCity.trim(),
            county: draft.floatingCounty.trim(),
          }
        : undefined,
    floatingContactPerson: draft.floating ? optional(draft.floatingContactPerson) : undefined,
    floatingContactPhone:
      draft.floating && floatingContactPhone.trim() !== '' ? normalizePhone(floatingContactPhone) : undefined,
    floatingCertificateNo: draft.floating ? optional(draft.floatingCertificateNo) : undefined,
    floatingSince: draft.floating ? optional(draft.floatingSince) : undefined,
    nativePlace: optional(draft.nativePlace),
    workStartDate: optional(draft.workStartDate),
    note: optional(note),
    membershipStatus: draft.membershipStatus,
    monthOnlyDates: monthOnlyDates.length === 0 ? undefined : monthOnlyDates,
    toVerify: toVerify.length === 0 ? undefined : toVerify,
  };
  // The entity schema has the length limits; report them against the field.
  const parsed = memberFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]) as DraftField;
      errors[key] ??= issue.message.startsWith('Too big') || issue.code === 'too_big' ? '内容过长' : issue.message;
    }
    return { errors, notes, warnings };
  }
  return { errors, fields, notes, warnings };
}
