// The tokens of one row with positive probability, handed out one at a
// time from the most probable down, at most `limit` of them. The order is
// total: a higher probability ranks first and, among equal probabilities,
// the lower index ranks first, so every filter built on it is deterministic.
//
// Neither path sorts the whole vocabulary. With a limit k below the number
// of candidates, one pass keeps the best k in a min-heap (O(V log k), and
// most tokens cost one comparison with the heap's root) and only those k are
// sorted. Without one, a max-heap is built in O(V) and popped lazily, so the
// first m ranks cost O(V + m log V).
export class RankedTokens {
  // How many tokens have a positive probability, before the limit.
  readonly candidates: number;
  private readonly heap: Int32Array;
  private heapSize: number;
  private readonly taken: Int32Array;
  private takenCount = 0;

  constructor(private readonly p: Float64Array, limit = Infinity) {
    let count = 0;
    for (let i = 0; i < p.length; i++) if (p[i]! > 0) count++;
    this.candidates = count;

    if (limit < count) {
      this.taken = this.best(limit);
      this.takenCount = limit;
      this.heap = new Int32Array(0);
      this.heapSize = 0;
      return;
    }
    this.heap = new Int32Array(count);
    this.taken = new Int32Array(count);
    let next = 0;
    for (let i = 0; i < p.length; i++) if (p[i]! > 0) this.heap[next++] = i;
    this.heapSize = count;
    for (let node = (count >> 1) - 1; node >= 0; node--) this.siftDown(node);
  }

  // How many tokens can be handed out: min(limit, candidates).
  get length(): number {
    return this.taken.length;
  }

  // The token of the given rank (0 is the most probable); rank < length.
  at(rank: number): number {
    while (this.takenCount <= rank) this.taken[this.takenCount++] = this.pop();
    return this.taken[rank]!;
  }

  // The best k candidates in rank order, through a min-heap whose root is
  // the worst token kept so far.
  private best(k: number): Int32Array {
    const kept = new Int32Array(k);
    let size = 0;
    for (let i = 0; i < this.p.length; i++) {
      if (!(this.p[i]! > 0)) continue;
      if (size < k) {
        kept[size] = i;
        this.siftUp(kept, size++);
      } else if (this.ranksBefore(i, kept[0]!)) {
        kept[0] = i;
        siftDownIn(kept, size, 0, (a, b) => this.ranksBefore(b, a));
      }
    }
    return kept.sort((a, b) => (this.ranksBefore(a, b) ? -1 : 1));
  }

  private siftUp(heap: Int32Array, start: number): void {
    let node = start;
    while (node > 0) {
      const parent = (node - 1) >> 1;
      if (!this.ranksBefore(heap[parent]!, heap[node]!)) return;
      swap(heap, node, parent);
      node = parent;
    }
  }

  private pop(): number {
    const top = this.heap[0]!;
    this.heapSize--;
    this.heap[0] = this.heap[this.heapSize]!;
    this.siftDown(0);
    return top;
  }

  private siftDown(start: number): void {
    siftDownIn(this.heap, this.heapSize, start, (a, b) => this.ranksBefore(a, b));
  }

  private ranksBefore(a: number, b: number): boolean {
    const pa = this.p[a]!;
    const pb = this.p[b]!;
    return pa > pb || (pa === pb && a < b);
  }
}

// Restores the heap property below start: a parent comes before its
// children in the order `before`.
function siftDownIn(heap: Int32Array, size: number, start: number,
  before: (a: number, b: number) => boolean): void {
  let node = start;
  for (;;) {
    const left = 2 * node + 1;
    if (left >= size) return;
    const right = left + 1;
    const child = right < size && before(heap[right]!, heap[left]!) ? right : left;
    if (!before(heap[child]!, heap[node]!)) return;
    swap(heap, node, child);
    node = child;
  }
}

function swap(heap: Int32Array, a: number, b: number): void {
  const value = heap[a]!;
  heap[a] = heap[b]!;
  heap[b] = value;
}
