/** Why a backup file was refused; every kind has its own message so the office knows what to do. */
export type BackupErrorKind =
  | 'empty'
  | 'not-backup'
  | 'truncated'
  | 'damaged'
  | 'newer-version'
  | 'password-required'
  | 'wrong-password'
  | 'count-mismatch'
  | 'invalid-row'
  | 'interrupted'
  | 'too-large'
  | 'unverified';

export class BackupError extends Error {
  constructor(
    readonly kind: BackupErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

export const UNCHANGED = '本机数据没有任何改动。';
