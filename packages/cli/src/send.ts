// Posts a delivery and reads a bounded part of the answer.
import type { Delivery, Tampering } from './delivery.js';
import { CliFailure, EXIT } from './failure.js';

export interface SendResult {
  status: number;
  /** The first `RESPONSE_PREVIEW_BYTES` of the response body, as text. */
  body: string;
}

export const RESPONSE_PREVIEW_BYTES = 4096;

export async function sendDelivery(delivery: Delivery, timeoutMs = 10_000): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetch(delivery.url, {
      method: delivery.method,
      headers: delivery.headers,
      body: delivery.method === 'GET' || delivery.method === 'HEAD' ? null : Buffer.from(delivery.body),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new CliFailure(`could not reach ${delivery.url}: ${reasonOf(error)}`, EXIT.unreachable);
  }
  return { status: response.status, body: await preview(response) };
}

async function preview(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < RESPONSE_PREVIEW_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  return Buffer.concat(chunks).subarray(0, RESPONSE_PREVIEW_BYTES).toString('utf8');
}

/** undici hides the useful part ("ECONNREFUSED") in `cause`. */
function reasonOf(error: unknown): string {
  const { cause, name, message } = error as { cause?: { code?: string; message?: string }; name?: string; message?: string };
  if (name === 'TimeoutError') return 'no answer before the timeout';
  return cause?.code ?? cause?.message ?? message ?? String(error);
}

export interface Expectation {
  min: number;
  max: number;
  label: string;
}

/** What a well-guarded endpoint answers: 2xx to a valid delivery, 409 to a replay, 4xx to a forgery. */
export function expectedStatus(tamper: Tampering | undefined): Expectation {
  if (tamper === undefined) return { min: 200, max: 299, label: '2xx, accepted' };
  if (tamper === 'replay') return { min: 409, max: 409, label: '409, refused as a replay' };
  return { min: 400, max: 499, label: '4xx, refused' };
}

export const meetsExpectation = (status: number, { min, max }: Expectation) => status >= min && status <= max;

/** Sends the delivery; a replay is sent twice, and the second answer is the one that counts. */
export async function deliver(delivery: Delivery, tamper: Tampering | undefined, timeoutMs?: number): Promise<SendResult> {
  if (tamper !== 'replay') return sendDelivery(delivery, timeoutMs);
  const first = await sendDelivery(delivery, timeoutMs);
  if (first.status < 200 || first.status > 299) {
    throw new CliFailure(`--tamper replay: the first, valid delivery was already refused (HTTP ${first.status})`, EXIT.failed);
  }
  return sendDelivery(delivery, timeoutMs);
}
