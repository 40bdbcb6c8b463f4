import { STATUS_BY_CODE, VerificationError } from '../src/index.js';

const make = () => new VerificationError('invalid_signature', 'github', 'header x-hub-signature-256 does not match the body');

describe('VerificationError', () => {
  it('is an Error with a stable code, the scheme and the HTTP status', () => {
    const error = make();
    expect(error).toBeInstanceOf(Error);
    expect(Object.prototype.toString.call(error)).toBe('[object Error]');
    expect(error).toMatchObject({ name: 'VerificationError', code: 'invalid_signature', scheme: 'github', status: STATUS_BY_CODE.invalid_signature });
    expect(error.message).toBe('github: header x-hub-signature-256 does not match the body');
  });

  it('has a stack of its name and message only: a refusal captures no frames', () => {
    expect(make().stack).toBe('VerificationError: github: header x-hub-signature-256 does not match the body');
  });

  it('leaves Error.stackTraceLimit as it found it, so other errors keep their frames', () => {
    const original = Error.stackTraceLimit;
    try {
      for (const limit of [10, 50, 0, undefined]) {
        Error.stackTraceLimit = limit as number;
        make();
        expect(Error.stackTraceLimit).toBe(limit);
      }
      Error.stackTraceLimit = 10;
      make();
      expect(new Error('elsewhere').stack).toMatch(/\n\s+at /);
    } finally {
      Error.stackTraceLimit = original;
    }
  });

  it('takes a stack assigned to it, as any error does', () => {
    const error = make();
    error.stack = 'replaced';
    expect(error.stack).toBe('replaced');
  });
});
