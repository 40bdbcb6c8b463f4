/** A Map or WeakMap: keys by value (text secrets) or by identity (derived key bytes). */
export interface KeyCache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The cached value for `key`, made by `create` on first use. Both twins keep
 * their prepared keys so: importing or wrapping a key costs more than an HMAC.
 */
export function cached<K, V>(cache: KeyCache<K, V>, key: K, create: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = create()));
  return value;
}
