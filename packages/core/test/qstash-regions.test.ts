// QStash's multi-region signing keys, chosen as @upstash/qstash 2.12 chooses
// them (src/client/multi-region/incoming.ts): with keys from the environment and
// QSTASH_REGION set, the Upstash-Region header picks <REGION>_QSTASH_*_SIGNING_KEY.
import { Receiver } from '@upstash/qstash';
import { qstash, verifyRequest } from '../src/index.js';
import { qstashToken } from './signers.js';

const URL_ = 'https://app.example.com/api/regional';
const BODY = '{"hello":"eu"}';
const ENV = {
  QSTASH_REGION: 'eu-central-1',
  QSTASH_CURRENT_SIGNING_KEY: 'sig_default_current',
  QSTASH_NEXT_SIGNING_KEY: 'sig_default_next',
  EU_CENTRAL_1_QSTASH_CURRENT_SIGNING_KEY: 'sig_eu_current',
  EU_CENTRAL_1_QSTASH_NEXT_SIGNING_KEY: 'sig_eu_next',
};

const saved = { ...process.env };
beforeEach(() => Object.assign(process.env, ENV));
afterEach(() => {
  for (const name of Object.keys(ENV)) delete process.env[name];
  Object.assign(process.env, saved);
  jest.restoreAllMocks();
});

async function verdicts(key: string, region: string | undefined) {
  jest.spyOn(console, 'warn').mockImplementation(() => undefined); // the SDK warns of unknown regions
  const signature = await qstashToken({ key, url: URL_, body: BODY });
  const headers: Record<string, string> = { 'upstash-signature': signature, ...(region === undefined ? {} : { 'upstash-region': region }) };
  const ours = await verifyRequest({ method: 'POST', url: URL_, headers, body: BODY }, qstash());
  const theirs = await new Receiver().verify({ signature, body: BODY, url: URL_, ...(region === undefined ? {} : { upstashRegion: region }) }).then(() => 'ok', () => 'refused');
  return [ours.ok ? 'ok' : ours.error.code, theirs];
}

describe('qstash regional signing keys, as @upstash/qstash reads them', () => {
  it('takes the region named by Upstash-Region, in either spelling', async () => {
    expect(await verdicts('sig_eu_current', 'eu-central-1')).toEqual(['ok', 'ok']);
    expect(await verdicts('sig_eu_next', 'EU_CENTRAL_1')).toEqual(['ok', 'ok']);
  });

  it('keeps the default keys without the header, and for a region without keys of its own', async () => {
    expect(await verdicts('sig_eu_current', undefined)).toEqual(['invalid_signature', 'refused']);
    expect(await verdicts('sig_default_current', undefined)).toEqual(['ok', 'ok']);
    expect(await verdicts('sig_default_next', 'us-east-1')).toEqual(['ok', 'ok']);
    expect(await verdicts('sig_eu_current', 'us-east-1')).toEqual(['invalid_signature', 'refused']);
  });

  it('does not let the header pick a region that is not one: the default keys', async () => {
    expect(await verdicts('sig_default_current', 'mars-1')).toEqual(['ok', 'ok']);
    expect(await verdicts('sig_eu_current', 'mars-1')).toEqual(['invalid_signature', 'refused']);
  });

  it('ignores regions when the keys are given in code, as the SDK does', async () => {
    const signature = await qstashToken({ key: 'sig_eu_current', url: URL_, body: BODY });
    const verifier = qstash({ currentSigningKey: 'sig_default_current', nextSigningKey: 'sig_default_next' });
    const result = await verifyRequest({ method: 'POST', url: URL_, headers: { 'upstash-signature': signature, 'upstash-region': 'eu-central-1' }, body: BODY }, verifier);
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid_signature');
  });
});
