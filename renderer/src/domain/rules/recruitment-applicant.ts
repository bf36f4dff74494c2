import type { IsoDate } from '../entities/dates';
import type { RecruitmentCase } from '../entities/recruitment';
import { recruitmentCaseSchema } from '../entities/recruitment';
import { addYears, chineseDate } from './calendar';
import { checkIdNumber } from './id-number';

/** What the 入党申请人 form gives; the ID decides birth date and gender (DOMAIN.md, Member record). */
export type ApplicantFields = Pick<
  RecruitmentCase,
  'name' | 'idNumber' | 'ethnicity' | 'education' | 'phone' | 'workUnit' | 'branchId' | 'applicationDate' | 'note'
>;

export type ApplicantCheck =
  | { ok: true; fields: Omit<RecruitmentCase, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> }
  | { ok: false; field: keyof ApplicantFields; message: string };

/** 细则 chapter 1 (art. 5): "年满十八岁" — on the day of the application; the 18th birthday itself counts. */
export function adultOn(birthDate: IsoDate, date: IsoDate): boolean {
  return addYears(birthDate, 18) <= date;
}

export function checkApplicant(input: ApplicantFields, today: IsoDate): ApplicantCheck {
  const id = checkIdNumber(input.idNumber, today);
  if (!id.ok) return { ok: false, field: 'idNumber', message: id.reason };
  if (input.applicationDate > today) return { ok: false, field: 'applicationDate', message: '申请日期不能晚于今天' };
  if (!adultOn(id.birthDate, input.applicationDate)) {
    return {
      ok: false,
      field: 'applicationDate',
      message: `申请入党须年满十八岁（细则第五条）：该申请人 ${chineseDate(addYears(id.birthDate, 18))} 满十八岁`,
    };
  }
  const parsed = recruitmentCaseSchema
    .omit({ id: true, createdAt: true, updatedAt: true, deletedAt: true })
    .safeParse({ ...input, idNumber: id.normalized, birthDate: id.birthDate, gender: id.gender });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      field: (issue?.path[0] as keyof ApplicantFields | undefined) ?? 'name',
      message: issue?.message ?? '填写有误',
    };
  }
  return { ok: true, fields: parsed.data };
}
