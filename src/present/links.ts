/** Public URLs the bot hands out. The feed token keeps calendars (and later pitches) private. */
export class Links {
  constructor(
    private readonly publicUrl: string,
    private readonly feedToken: string | undefined,
  ) {}

  /** The printable bundle page; only offered when a token protects it. */
  bundle(groupId: string, originalDate: string): string | undefined {
    if (!this.feedToken) return undefined;
    return `${this.publicUrl.replace(/\/$/, '')}/bundles/${encodeURIComponent(groupId)}/${originalDate}?token=${encodeURIComponent(this.feedToken)}`;
  }

  feed(groupId?: string): string {
    const path = `/calendar/${encodeURIComponent(groupId ?? 'all')}.ics`;
    return `${this.publicUrl.replace(/\/$/, '')}${path}${this.feedToken ? `?token=${encodeURIComponent(this.feedToken)}` : ''}`;
  }
}
