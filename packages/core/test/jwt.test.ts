import { parseCompactJws } from '../src/jwt.js';

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const HEADER = part({ alg: 'HS256', typ: 'JWT' });
const PAYLOAD = part({ iss: 'Upstash' });

describe('parseCompactJws', () => {
  it('splits three parts; the signing input is the first two as sent', () => {
    expect(parseCompactJws(`${HEADER}.${PAYLOAD}.c2ln`)).toEqual({
      header: { alg: 'HS256', typ: 'JWT' },
      signingInput: `${HEADER}.${PAYLOAD}`,
      encodedPayload: PAYLOAD,
      signature: 'c2ln',
    });
  });

  it.each([
    ['two parts', `${HEADER}.${PAYLOAD}`],
    ['four parts', `${HEADER}.${PAYLOAD}.c2ln.c2ln`],
    ['an empty header', `.${PAYLOAD}.c2ln`],
    ['an empty payload', `${HEADER}..c2ln`],
    ['an empty signature', `${HEADER}.${PAYLOAD}.`],
    ['a header that is not a JSON object', `${part([1])}.${PAYLOAD}.c2ln`],
    ['no dots', 'abc'],
  ])('refuses %s', (_, token) => {
    expect(parseCompactJws(token)).toBeUndefined();
  });
});
