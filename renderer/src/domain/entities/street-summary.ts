import { z } from 'zod';
import { baseRecordSchema } from './record';

/**
 * A community's yearly compliance figures for the street office (街道党工委), made to leave the PC on a
 * USB stick: per branch, counts and monthly series only — no names, ID numbers, phones or addresses.
 * See docs/exchange.md.
 */
export const STREET_SUMMARY_FORMAT = 'party-edu-ledger-street-summary';
export const STREET_SUMMARY_FORMAT_VERSION = 1;
export const STREET_SUMMARY_EXTENSION = 'pdsum';

const count = z.number().int().min(0).max(10_000_000);
const monthly = z.array(count).length(12);

/** Warning kinds a summary counts; they are the overview's kinds, by member or branch. */
export const streetWarningKinds = [
  'meetingsOverdue',
  'lifeGaps',
  'probationDue',
  'thoughtReportsOverdue',
  'behindPace',
  'floatingContact',
] as const;
export type StreetWarningKind = (typeof streetWarningKinds)[number];

export const STREET_WARNING_LABELS: Record<StreetWarningKind, string> = {
  meetingsOverdue: '三会一课未按期召开（次）',
  lifeGaps: '连续 3 个月以上未参加组织生活（人）',
  probationDue: '预备期届满待转正（人）',
  thoughtReportsOverdue: '思想汇报逾期（人）',
  behindPace: '学时落后于进度（人）',
  floatingContact: '流动党员久未联系（人）',
};

export const streetBranchSchema = z.object({
  name: z.string().trim().min(1).max(100),
  members: count,
  membersReachingTarget: count,
  /** Total hours of the branch's members, in tenths of a 学时 (counts stay integers). */
  totalHoursTenths: count,
  meetingsRequired: count,
  meetingsHeld: count,
  expected: count,
  attended: count,
  /** Index 0 = January. */
  monthlyAttended: monthly,
  monthlyExpected: monthly,
  monthlyMeetingsHeld: monthly,
  warnings: z.record(z.enum(streetWarningKinds), count),
});
export type StreetBranch = z.infer<typeof streetBranchSchema>;

/** The package's content. */
export const streetSummarySchema = z.object({
  format: z.literal(STREET_SUMMARY_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(50),
  community: z.string().trim().min(1, '汇总包没有写明社区名称').max(100),
  year: z.number().int().min(2000).max(2100),
  /** The day the figures run to. */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  createdAt: z.string(),
  branches: z.array(streetBranchSchema).max(1000),
});
export type StreetSummary = z.infer<typeof streetSummarySchema>;

/** An imported summary as the street office stores it: one per community and year. */
export const storedStreetSummarySchema = baseRecordSchema.extend({
  /** The summary's year, at the top so it can be indexed. */
  year: z.number().int(),
  summary: streetSummarySchema,
  importedAt: z.string(),
  fileName: z.string().max(260),
});
export type StoredStreetSummary = z.infer<typeof storedStreetSummarySchema>;
