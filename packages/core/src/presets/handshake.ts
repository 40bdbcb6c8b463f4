import { handshake, type HandshakeAnswer, type Refusal } from '../errors.js';
import type { VerifiableRequest } from '../request.js';

/** The request URL's query, or undefined when the URL is not one. */
export function queryOf(request: VerifiableRequest): URLSearchParams | undefined {
  try {
    return new URL(request.url).searchParams;
  } catch {
    return undefined;
  }
}

// A challenge is echoed as plain text the browser must not sniff into markup: anyone can send one.
const TEXT = { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' };

export const textAnswer = (text: string, status = 200): HandshakeAnswer => ({ status, headers: TEXT, body: text });
export const jsonAnswer = (value: unknown, status = 200): HandshakeAnswer => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
export const emptyAnswer = (status: number): HandshakeAnswer => ({ status, headers: {}, body: '' });

/** A handshake refusal naming what was answered. */
export const answered = (scheme: string, what: string, answer: HandshakeAnswer): Refusal => handshake(scheme, `${what}, answered ${answer.status}`, answer);
