import { z } from 'zod';
import { isoDateSchema } from './dates';
import { baseRecordSchema } from './record';

/** DOMAIN.md "Organisation": 党委 (community committee) → 党支部 → 党小组. */
export const orgUnitKinds = ['committee', 'branch', 'group'] as const;
export type OrgUnitKind = (typeof orgUnitKinds)[number];
export const orgUnitKindLabels: Record<OrgUnitKind, string> = { committee: '党委', branch: '党支部', group: '党小组' };

export const orgUnitSchema = baseRecordSchema.extend({
  kind: z.enum(orgUnitKinds),
  name: z.string().trim().min(1, '请填写名称').max(60, '名称不超过 60 个字'),
  /** committee: none; branch: the committee; group: its branch. */
  parentId: z.string().optional(),
  /** Position among siblings, for the tree and for printed lists. */
  order: z.number(),
  /** A retired unit keeps its history but takes no new members or activities. */
  retiredAt: isoDateSchema.optional(),
  note: z.string().max(500).optional(),
  /**
   * Branches only: whether it has a 支部委员会, when the office set it; absent, it follows the count of
   * 正式党员 (7 or more, 支部工作条例 art. 8 — see rules/branch-committee.ts).
   */
  hasCommittee: z.boolean().optional(),
  /** 换届: when the current committee's term began and how many years it runs (3–5, default 5). */
  termStart: isoDateSchema.optional(),
  termYears: z.number().int().min(3, '任期 3 至 5 年').max(5, '任期 3 至 5 年').optional(),
  /** 换届 record: each election's date and who was elected to which post. */
  elections: z
    .array(
      z.object({
        date: isoDateSchema,
        termYears: z.number().int().min(3).max(5),
        elected: z.array(z.object({ memberId: z.string(), title: z.string() })).max(30),
      }),
    )
    .optional(),
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;

/** Posts in a committee, branch or group (支部工作条例 arts. 21–23). */
export const postTitles = [
  '书记',
  '副书记',
  '组织委员',
  '宣传委员',
  '纪检委员',
  '青年委员',
  '委员',
  '党小组长',
  '副组长',
] as const;
export type PostTitle = (typeof postTitles)[number];

/** Holders of these posts have the cadre study-hour target (56 学时 by default). */
export const cadrePostTitles: readonly PostTitle[] = [
  '书记',
  '副书记',
  '组织委员',
  '宣传委员',
  '纪检委员',
  '青年委员',
  '委员',
];

export const postSchema = baseRecordSchema.extend({
  orgUnitId: z.string(),
  memberId: z.string(),
  title: z.enum(postTitles),
  startDate: isoDateSchema,
  endDate: isoDateSchema.optional(),
});
export type Post = z.infer<typeof postSchema>;
