import { listedValues, MAX_LISTED_ENTRIES, tooManyEntries } from '../signature.js';

export interface SignatureListSpec {
  /** Between entries, as the sender writes it (`,`, `;`, `, `); entries are trimmed when read. */
  readonly separator: string;
  /** The entry holding a signature; every one listed is tried (rotation). */
  readonly signature: string;
  /** The entry holding the signed time, when it is in this header. */
  readonly timestamp?: string;
  /** Whether the sender writes the signature before the timestamp (Ghost). */
  readonly signatureFirst?: boolean;
}

export interface SignatureList extends SignatureListSpec {
  /** The signatures and the signed time a header lists, or what is wrong with it. */
  read(value: string): { readonly signatures: readonly string[]; readonly timestamp?: string | undefined } | string;
}

/**
 * A signature header of `name=value` entries, such as Paddle's `ts=…;h1=…[;h1=…]`.
 * A building block, so that presets with one signature leave the list parser out of bundles.
 */
export function signatureList(spec: SignatureListSpec): SignatureList {
  const separator = spec.separator.trim();
  return {
    ...spec,
    read(value) {
      if (tooManyEntries(value, separator)) return `lists more than ${MAX_LISTED_ENTRIES} entries`;
      const signatures = listedValues(value, spec.signature, separator, '=');
      if (signatures.length === 0) return `has no ${spec.signature}= signature`;
      if (spec.timestamp === undefined) return { signatures };
      const times = listedValues(value, spec.timestamp, separator, '=');
      return times.length === 1 ? { signatures, timestamp: times[0] } : `needs exactly one ${spec.timestamp}= timestamp`;
    },
  };
}
