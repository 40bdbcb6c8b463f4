// The bodies a sender may have signed instead of the bytes a function received:
// frameworks parse JSON and serialize it again, editors and proxies change line
// endings or trailing newlines. Each candidate is named for the message.
export interface BodyCandidate {
  label: string;
  bytes: Buffer;
}

export function bodyCandidates(received: Uint8Array, original?: Uint8Array): BodyCandidate[] {
  const text = Buffer.from(received).toString('utf8');
  const candidates: BodyCandidate[] = original ? [{ label: 'the original body given', bytes: Buffer.from(original) }] : [];
  const add = (label: string, value: string) => candidates.push({ label, bytes: Buffer.from(value) });
  const json = parseJson(text);
  if (json !== undefined) {
    for (const [label, indent] of [['compact JSON', undefined], ['JSON indented by 2 spaces', 2], ['JSON indented by 4 spaces', 4], ['JSON indented by tabs', '\t']] as const) {
      const serialized = JSON.stringify(json, null, indent);
      add(label, serialized);
      add(`${label} with a final newline`, `${serialized}\n`);
    }
  }
  add('LF line endings', text.replace(/\r\n/g, '\n'));
  add('CRLF line endings', text.replace(/\r?\n/g, '\r\n'));
  add('no trailing whitespace', text.trimEnd());
  add('a final newline', `${text}\n`);
  return candidates.filter((candidate) => !candidate.bytes.equals(Buffer.from(received)));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** "3 whitespace bytes differ" when only whitespace changed, else where the first difference is. */
export function describeBodyDifference(signed: Uint8Array, received: Uint8Array): string {
  const [a, b] = [Buffer.from(signed).toString('utf8'), Buffer.from(received).toString('utf8')];
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  if (squeeze(a) === squeeze(b)) {
    const whitespace = (text: string) => text.length - squeeze(text).length;
    const count = Math.abs(whitespace(a) - whitespace(b));
    return count ? `${count} whitespace bytes differ` : 'whitespace moved';
  }
  let index = 0;
  while (index < signed.length && signed[index] === received[index]) index++;
  return `first difference at byte ${index}`;
}
