/** Public URLs the bot hands out. The feed token keeps calendars (and later pitches) private. */
export class Links {
  constructor(
    private readonly publicUrl: string,
    private readonly feedToken: string | undefined,
  ) {}

  feed(groupId?: string): string {
    const path = `/calendar/${encodeURIComponent(groupId ?? 'all')}.ics`;
    return `${this.publicUrl.replace(/\/$/, '')}${path}${this.feedToken ? `?token=${encodeURIComponent(this.feedToken)}` : ''}`;
  }
}
