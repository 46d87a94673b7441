/** A max-heap of (sentence, score); equal scores come out earlier sentence first. */
export class ScoreHeap {
  private items: { i: number; s: number }[] = [];

  push(i: number, s: number): void {
    const items = this.items;
    items.push({ i, s });
    let k = items.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!before(items[k]!, items[parent]!)) break;
      [items[k], items[parent]] = [items[parent]!, items[k]!];
      k = parent;
    }
  }

  pop(): { i: number; s: number } | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || !last) return top;
    items[0] = last;
    let k = 0;
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < items.length && before(items[l]!, items[m]!)) m = l;
      if (r < items.length && before(items[r]!, items[m]!)) m = r;
      if (m === k) break;
      [items[k], items[m]] = [items[m]!, items[k]!];
      k = m;
    }
    return top;
  }
}

function before(a: { i: number; s: number }, b: { i: number; s: number }): boolean {
  return a.s > b.s || (a.s === b.s && a.i < b.i);
}
