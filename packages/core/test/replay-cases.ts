// Deliveries whose signature header is spelled otherwise but still verifies:
// the adapters' hardening tests send each through every call shape, and
// replay protection must count every spelling as one delivery.
import { standardWebhooks, stripe, type ReplayStore } from '../src/index.js';
import { signStandardWebhooks, signStripe } from '../src/sign.js';

export const STRIPE_SECRET = 'whsec_stripe_hardening';
export const SW_SECRET = `whsec_${Buffer.from('standard-webhooks-hardening-secret').toString('base64')}`;

/** The same Stripe-Signature spelled otherwise: each still verifies, none is a new delivery. */
export function stripeRespellings(header: string): [string, string][] {
  const [t, v1] = header.split(',') as [string, string];
  return [
    ['an extra v0= entry', `${t},${v1},v0=${'ab'.repeat(32)}`],
    ['its entries reordered', `${v1},${t}`],
    ['spaces after the commas', `${t}, ${v1}`],
    ['an extra wrong v1=', `${t},v1=${'0'.repeat(64)},${v1}`],
  ];
}

/** The same webhook-signature list spelled otherwise. */
export function standardRespellings(header: string): [string, string][] {
  const wrong = `v1,${Buffer.alloc(32, 7).toString('base64')}`;
  return [
    ['an extra wrong v1 entry', `${header} ${wrong}`],
    ['its order changed', `${wrong} ${header}`],
  ];
}

export const REPLAY_CASES = [
  {
    scheme: 'Stripe',
    header: 'stripe-signature',
    verifier: () => stripe({ secret: STRIPE_SECRET }),
    sign: async (body: string) => (await signStripe({ secret: STRIPE_SECRET, body })).headers,
    respell: stripeRespellings,
  },
  {
    scheme: 'Standard Webhooks',
    header: 'webhook-signature',
    verifier: () => standardWebhooks({ secret: SW_SECRET }),
    sign: async (body: string) => (await signStandardWebhooks({ secret: SW_SECRET, body })).headers,
    respell: standardRespellings,
  },
];

/** Stores that misbehave: each must make verification answer 503, never reject. */
export const BROKEN_STORES: [string, ReplayStore][] = [
  ['claim throws synchronously', { claim: () => { throw new Error('store down'); } }],
  ['claim returns a non-boolean', { claim: () => 'yes' as unknown as boolean }],
  ['claim resolves to a non-boolean', { claim: async () => 1 as unknown as boolean }],
  ['claim never settles', { claim: () => new Promise<boolean>(() => undefined) }],
];
