import { EXIT } from '../failure.js';
import type { Command } from '../main.js';
import { DELIVERY_HELP, deliveryFrom, deliveryOptions } from './delivery-options.js';
import type { Delivery } from '../delivery.js';

export const signCommand: Command = {
  summary: 'print the headers and a curl command for a signed request',
  usage: `Usage: hookguard sign --scheme <name> --url <url> [--data <text|@file>] [options]

Prints the request a sender of <scheme> would post: method, URL, headers, then
a curl command. With --json, prints it as JSON, the format \`explain\` reads.

Options:
      --url <url>         where the request goes (schemes that sign the URL sign exactly this)
${DELIVERY_HELP}
      --json              print { method, url, headers, body, bodyEncoding } instead
`,
  options: { ...deliveryOptions, url: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, _positionals, io) {
    const delivery = await deliveryFrom(values, { value: values['url'] as string | undefined, option: '--url' }, io);
    io.out(values['json'] ? `${JSON.stringify(asJson(delivery), null, 2)}\n` : describe(delivery, values['data'] as string | undefined));
    return EXIT.ok;
  },
};

function asJson(delivery: Delivery) {
  const text = Buffer.from(delivery.body).toString('utf8');
  const utf8 = Buffer.from(text).equals(Buffer.from(delivery.body));
  return { ...delivery, body: utf8 ? text : Buffer.from(delivery.body).toString('base64'), bodyEncoding: utf8 ? 'utf8' : 'base64' };
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function describe(delivery: Delivery, data: string | undefined): string {
  const headers = Object.entries(delivery.headers);
  const body = data?.startsWith('@') ? `--data-binary ${quote(data)}` : `--data-binary ${quote(Buffer.from(delivery.body).toString('utf8'))}`;
  const curl = [`curl -X ${delivery.method} ${quote(delivery.url)}`, ...headers.map(([name, value]) => `-H ${quote(`${name}: ${value}`)}`), body];
  return `${delivery.method} ${delivery.url}\n${headers.map(([name, value]) => `${name}: ${value}`).join('\n')}\n\n${curl.join(' \\\n  ')}\n`;
}
