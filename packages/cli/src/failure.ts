/**
 * Exit codes, documented in `hookguard --help`: scripts and CI tell "the
 * endpoint misbehaved" (1) from "you called me wrong" (2) and "nothing answered" (3).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, unreachable: 3 } as const;

/** A failure the CLI reports as one line, without a stack trace. */
export class CliFailure extends Error {
  override readonly name = 'CliFailure';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}
