/**
 * Changes to one shared document from many concurrent callers in this process, applied together: while one
 * write is in flight, later changes queue and go into the next write. With many turns saving at once this is
 * one compare-and-swap round per batch instead of one per turn (each of which would re-read the whole
 * document and collide with the others), so the document is contended by instances, not by turns.
 */
export class GroupCommit<C, R> {
  private queue: { change: C; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  private draining = false;

  /** `commit` applies a batch of changes in one write (retrying conflicts itself) and returns one result per change. */
  constructor(private readonly commit: (changes: C[]) => Promise<R[]>) {}

  submit(change: C): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ change, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    // Let the callers of this same moment (a burst of turns) join the first batch.
    await Promise.resolve();
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0);
        try {
          const results = await this.commit(batch.map((b) => b.change));
          batch.forEach((b, i) => b.resolve(results[i]));
        } catch (e) {
          batch.forEach((b) => b.reject(e));
        }
      }
    } finally {
      this.draining = false;
    }
  }
}
