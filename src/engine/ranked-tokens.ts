// The tokens of one row with positive probability, handed out one at a
// time from the most probable down. The order is total: a higher
// probability ranks first and, among equal probabilities, the lower index
// ranks first, so every filter built on it is deterministic.
//
// A binary max-heap is built in O(V) and popped lazily, so taking the first
// k tokens costs O(V + k log V): top-k with a small k never sorts the whole
// vocabulary.
export class RankedTokens {
  private readonly heap: Int32Array;
  private heapSize: number;
  private readonly taken: Int32Array;
  private takenCount = 0;

  constructor(private readonly p: Float64Array) {
    let count = 0;
    for (let i = 0; i < p.length; i++) if (p[i]! > 0) count++;
    this.heap = new Int32Array(count);
    this.taken = new Int32Array(count);
    let next = 0;
    for (let i = 0; i < p.length; i++) if (p[i]! > 0) this.heap[next++] = i;
    this.heapSize = count;
    for (let node = (count >> 1) - 1; node >= 0; node--) this.siftDown(node);
  }

  // How many tokens have a positive probability.
  get length(): number {
    return this.taken.length;
  }

  // The token of the given rank (0 is the most probable); rank < length.
  at(rank: number): number {
    while (this.takenCount <= rank) this.taken[this.takenCount++] = this.pop();
    return this.taken[rank]!;
  }

  private pop(): number {
    const top = this.heap[0]!;
    this.heapSize--;
    this.heap[0] = this.heap[this.heapSize]!;
    this.siftDown(0);
    return top;
  }

  private siftDown(start: number): void {
    const heap = this.heap;
    let node = start;
    for (;;) {
      const left = 2 * node + 1;
      if (left >= this.heapSize) return;
      const right = left + 1;
      const child = right < this.heapSize && this.ranksBefore(heap[right]!, heap[left]!)
        ? right : left;
      if (!this.ranksBefore(heap[child]!, heap[node]!)) return;
      const swap = heap[node]!;
      heap[node] = heap[child]!;
      heap[child] = swap;
      node = child;
    }
  }

  private ranksBefore(a: number, b: number): boolean {
    const pa = this.p[a]!;
    const pb = this.p[b]!;
    return pa > pb || (pa === pb && a < b);
  }
}
