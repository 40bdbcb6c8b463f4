import { startFunction } from './lambda-runtime.js';
it('ric', async () => {
  const fn = await startFunction('streaming.handler', { VERIFICATION_KEY: 'k' });
  const r = await fetch(fn.url + '/x?a=1', { method: 'POST', headers: { verification_key: 'k' }, body: 'hi' });
  console.log(r.status, [...r.headers], await r.text());
  const r2 = await fetch(fn.url + '/x?a=1', { method: 'POST', body: 'hi' });
  console.log(r2.status, await r2.text());
  fn.stop();
}, 30000);
