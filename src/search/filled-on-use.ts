/**
 * A Map filled the first time anything reads or changes it, for what a loaded index holds
 * but a question seldom needs: a term's postings (a question reads a few dozen of the
 * corpus' 20,000 terms; building all 700,000 postings was two thirds of loading the index),
 * MiniSearch's id → short id table (only adding and removing documents use it). Every Map
 * method fills it first, so to its user it is the Map it would have built.
 */
export class FilledOnUse<K, V> extends Map<K, V> {
  constructor(private filler: ((map: Map<K, V>) => void) | undefined) {
    super();
  }

  fill(): void {
    const filler = this.filler;
    if (!filler) return;
    this.filler = undefined;
    filler(this);
  }

  override get(key: K): V | undefined {
    this.fill();
    return super.get(key);
  }

  override has(key: K): boolean {
    this.fill();
    return super.has(key);
  }

  override set(key: K, value: V): this {
    this.fill();
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    this.fill();
    return super.delete(key);
  }

  override clear(): void {
    this.filler = undefined;
    super.clear();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[K, V]> {
    this.fill();
    return super.entries();
  }

  override keys(): MapIterator<K> {
    this.fill();
    return super.keys();
  }

  override values(): MapIterator<V> {
    this.fill();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

// `size` is an accessor of Map.prototype (TypeScript declares it a property): it fills first too.
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, "size")!.get!;
Object.defineProperty(FilledOnUse.prototype, "size", {
  get(this: FilledOnUse<unknown, unknown>) {
    this.fill();
    return mapSize.call(this) as number;
  },
});
