import { z } from 'zod';

/**
 * Exchange packages (.pdx) between desks of one ledger — the community PC, a branch secretary's laptop,
 * a second staff PC — carried on a USB stick. See docs/exchange.md.
 */
export const EXCHANGE_FORMAT = 'party-edu-ledger-exchange';
export const EXCHANGE_FORMAT_VERSION = 1;
export const EXCHANGE_EXTENSION = 'pdx';

/** What a desk holds: everything (the community desk) or one branch. */
export const deskScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('community') }),
  z.object({ kind: z.literal('branch'), branchId: z.string().min(1), branchName: z.string() }),
]);
export type DeskScope = z.infer<typeof deskScopeSchema>;

export const deskNameSchema = z.string().trim().min(1, '请填写这台电脑的名称').max(40, '名称最多 40 个字');

/** This PC's identity in exchanges, kept in settings (never exchanged itself). */
export const deskIdentitySchema = z.object({
  deskId: z.uuid(),
  deskName: deskNameSchema,
  scope: deskScopeSchema,
});
export type DeskIdentity = z.infer<typeof deskIdentitySchema>;

/** A partner desk, registered once by its code (desk id) before any package from it is taken. */
export const exchangePartnerSchema = z.object({
  /** The partner's desk id. */
  id: z.uuid('登记码不正确：应为对方电脑“本机交换信息”中显示的一串编码'),
  name: deskNameSchema,
  scope: deskScopeSchema,
  /** The last package this desk sent to the partner (0: none yet). */
  lastSentSeq: z.number().int().min(0),
  /** The last package taken from the partner (0: none yet). */
  lastReceivedSeq: z.number().int().min(0),
  registeredAt: z.string(),
  updatedAt: z.string(),
});
export type ExchangePartner = z.infer<typeof exchangePartnerSchema>;

/** A purged record: sent so the other desk deletes it too and never brings it back. */
export const exchangeTombstoneSchema = z.object({ table: z.string(), id: z.string(), at: z.string() });
export type ExchangeTombstone = z.infer<typeof exchangeTombstoneSchema>;

export const exchangePackageSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string(),
  from: z.object({ deskId: z.uuid(), deskName: z.string(), scope: deskScopeSchema }),
  to: z.object({ deskId: z.uuid(), deskName: z.string() }),
  /** 1, 2, 3 … per sender and receiver. */
  seq: z.number().int().min(1),
  createdAt: z.string(),
  /** Rows per table; every row has a string `id` and `updatedAt`. */
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  /** Per table and record id: the receiver's version the sender last knew (absent: none). */
  basedOn: z.record(z.string(), z.record(z.string(), z.string())),
  /** The last package of the receiver's that the sender has imported (0: none). */
  ack: z.number().int().min(0),
  tombstones: z.array(exchangeTombstoneSchema),
});
export type ExchangePackage = z.infer<typeof exchangePackageSchema>;

/** The agreed version of a record between this desk and a partner: what both last had. */
export interface ExchangeBase {
  /** `${partnerId}|${table}|${recordId}` */
  id: string;
  partnerId: string;
  updatedAt: string;
}

/** What a sent package carried, until the partner says it arrived (then it becomes the base). */
export interface ExchangeSent {
  /** `${partnerId}|${seq}` */
  id: string;
  partnerId: string;
  seq: number;
  rows: { table: string; id: string; updatedAt: string }[];
}

/** One imported package, kept so the import can be undone. */
export interface ExchangeImportLog {
  id: string;
  partnerId: string;
  partnerName: string;
  seq: number;
  importedAt: string;
  /** What each changed record was before the import (absent: the import created it). */
  before: { table: string; id: string; row?: Record<string, unknown> }[];
  /** The bases before the import (absent updatedAt: there was none). */
  basesBefore: { id: string; updatedAt?: string }[];
  undoneAt?: string;
}
