/** Progress on standard error, only when it is a terminal and the export has taken a while (scripts see nothing). */
export class ExportProgress {
  private readonly startedAt = Date.now();
  private lastDrawnAt = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly afterMs = 1000,
  ) {}

  update(done: number, total?: number): void {
    if (!this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.startedAt < this.afterMs || now - this.lastDrawnAt < 100) return;
    this.lastDrawnAt = now;
    this.drawn = true;
    this.stream.write(`\rexported ${done}${total ? ` of ${total}` : ''} bulletins…`);
  }

  finish(done: number): void {
    if (this.drawn) this.stream.write(`\rexported ${done} bulletins.\u001b[K\n`);
  }
}
