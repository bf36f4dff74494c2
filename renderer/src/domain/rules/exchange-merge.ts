/**
 * How one incoming record of an exchange package meets this desk's copy (docs/exchange.md). The base is
 * the version both desks last agreed on (the last one sent to or taken from this partner). A desk that
 * did not change its copy since then takes the partner's; a desk that did, while the partner changed
 * it too, has a conflict that a person decides — never the clock.
 */
export type IncomingDecision =
  /** This desk has no such record: it is added. */
  | 'add'
  /** Both copies are the same: nothing to do. */
  | 'same'
  /** Only the partner changed it since the base: the partner's copy is taken. */
  | 'take'
  /** Only this desk changed it (the package carries the base again): this desk's copy stays. */
  | 'keep'
  /** Both changed it since the base, differently: a person chooses. */
  | 'conflict';

export type Row = Record<string, unknown>;

function stamp(row: Row | undefined): string | undefined {
  const value = row?.['updatedAt'];
  return typeof value === 'string' ? value : undefined;
}

/** Same content, field by field (order of keys does not matter). */
export function sameRecord(a: Row, b: Row): boolean {
  return changedFields(a, b).length === 0;
}

/** The fields whose values differ between two copies, sorted; `updatedAt` is not a field a person edits. */
export function changedFields(a: Row, b: Row): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('updatedAt');
  return [...keys].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}

/**
 * `basedOn` is the version of this desk's record the sender last knew (its base with this desk);
 * `base` is this desk's base with the sender. Either one matching the local copy means this desk has
 * not changed it since the sender saw it, so the sender's copy is newer knowledge, whatever the clocks say.
 */
export function decideIncoming(
  incoming: Row,
  basedOn: string | undefined,
  local: Row | undefined,
  base: string | undefined,
): IncomingDecision {
  if (local === undefined) return 'add';
  if (sameRecord(incoming, local)) return 'same';
  const localStamp = stamp(local);
  if (localStamp !== undefined && (localStamp === basedOn || localStamp === base)) return 'take';
  if (stamp(incoming) !== undefined && stamp(incoming) === base) return 'keep';
  return 'conflict';
}

/** What the sequence number of a package says about the packages before it. */
export type SequenceCheck =
  | { kind: 'next' }
  | { kind: 'duplicate' }
  /** Packages `from`…`to` from the same desk were never imported here. */
  | { kind: 'gap'; from: number; to: number };

export function checkSequence(seq: number, lastReceived: number): SequenceCheck {
  if (seq <= lastReceived) return { kind: 'duplicate' };
  if (seq === lastReceived + 1) return { kind: 'next' };
  return { kind: 'gap', from: lastReceived + 1, to: seq - 1 };
}
