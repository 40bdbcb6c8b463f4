import { lambdaResponse, type RefusalResponse } from '@hookguard/core';
import { isAlb, type LambdaHttpEvent } from './events.js';

const REASONS: Record<number, string> = { 200: 'OK', 401: 'Unauthorized', 403: 'Forbidden', 409: 'Conflict', 413: 'Payload Too Large', 500: 'Internal Server Error', 503: 'Service Unavailable' };

/** A refusal, or a handshake's answer, in the event's own response shape: ALB wants a status description, and multi-value headers when its events have them. */
export function eventResponse(event: LambdaHttpEvent, refusal: RefusalResponse) {
  const response = lambdaResponse(refusal);
  if (!isAlb(event)) return response;
  const statusDescription = `${refusal.status} ${REASONS[refusal.status] ?? ''}`.trim();
  if (!event.multiValueHeaders) return { ...response, statusDescription, isBase64Encoded: false };
  const multiValueHeaders = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name, [value]]));
  return { statusCode: response.statusCode, statusDescription, multiValueHeaders, body: response.body, isBase64Encoded: false };
}
