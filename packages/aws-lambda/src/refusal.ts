import { STATUS_CODES } from 'node:http';
import { lambdaResponse, type RefusalResponse } from '@hookguard/core';
import { isAlb, type LambdaHttpEvent } from './events.js';


/** A refusal or a handshake's answer in the event's own response shape: ALB wants a status description, and multi-value headers when its events have them. */
export function eventResponse(event: LambdaHttpEvent, refusal: RefusalResponse) {
  const response = lambdaResponse(refusal);
  if (!isAlb(event)) return response;
  // Node's own reason phrases: Lambda runs on Node, and a table here would only copy them.
  const statusDescription = `${refusal.status} ${STATUS_CODES[refusal.status] ?? ''}`.trim();
  if (!event.multiValueHeaders) return { ...response, statusDescription, isBase64Encoded: false };
  const multiValueHeaders = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name, [value]]));
  return { statusCode: response.statusCode, statusDescription, multiValueHeaders, body: response.body, isBase64Encoded: false };
}
