/**
 * A Map that empties itself when a new key would take it past its limit: a cache that a long run
 * (an ingest, a feed) cannot grow without bound.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

/**
 * `compute` remembered for up to `limit` keys (then forgotten all at once): for pure functions asked
 * the same keys again and again (names looked up, dates parsed article after article).
 */
export function memoise<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const remembered = new BoundedMap<K, V>(limit);
  return (key) => {
    const known = remembered.get(key);
    if (known !== undefined || remembered.has(key)) return known as V;
    const value = compute(key);
    remembered.set(key, value);
    return value;
  };
}
