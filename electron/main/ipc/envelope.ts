import type { IpcChannel, IpcError, IpcErrorCode, IpcInput, IpcOutput, IpcResult } from '../../shared/ipc-contract';
import { APP_ORIGIN, ipcContract } from '../../shared/ipc-contract';

/** Thrown by a handler to send the user a specific Chinese message instead of a generic one. */
export class IpcFailure extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type Handler<C extends IpcChannel> = (input: IpcInput<C>) => Promise<IpcOutput<C>> | IpcOutput<C>;

/** The renderer's own origin, plus the dev server's while developing (never in a packaged app). */
export function isTrustedSender(frameUrl: string | undefined, devServerUrl: string | undefined): boolean {
  if (frameUrl === undefined) return false;
  let origin: string;
  try {
    origin = new URL(frameUrl).origin;
  } catch {
    return false;
  }
  // Chromium reports custom standard schemes' origin as "null"; compare the scheme and host instead.
  if (frameUrl.startsWith(`${APP_ORIGIN}/`)) return true;
  return devServerUrl !== undefined && origin === new URL(devServerUrl).origin;
}

/**
 * Runs one IPC call: checks the sender, validates the input against the contract, runs the handler
 * and wraps whatever happens in the result envelope. Never throws.
 */
export async function runIpcCall<C extends IpcChannel>(
  channel: C,
  frameUrl: string | undefined,
  rawInput: unknown,
  handler: Handler<C>,
  options: { devServerUrl?: string | undefined; logError?: (error: unknown) => void } = {},
): Promise<IpcResult<IpcOutput<C>>> {
  if (!isTrustedSender(frameUrl, options.devServerUrl)) {
    return failure('forbidden-sender', '请求来自未受信任的页面，已拒绝。');
  }
  const parsed = ipcContract[channel].input.safeParse(rawInput);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => issue.message).join('；');
    return failure('invalid-input', `参数不正确，操作未执行。（${detail}）`);
  }
  try {
    const value = await handler(parsed.data as IpcInput<C>);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof IpcFailure) return failure(error.code, error.message);
    options.logError?.(error);
    return failure('internal', '操作失败，发生了内部错误。详情已记入日志。');
  }
}

function failure(code: IpcErrorCode, message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message } };
}
