import { Language } from '../domain/language';

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

  /** A calendar feed; for an English reader its name and words in English (Dutch is the feed's default). */
  feed(groupId?: string, lang: Language = 'nl'): string {
    const path = `/calendar/${encodeURIComponent(groupId ?? 'all')}.ics`;
    const query = [...(this.feedToken ? [`token=${encodeURIComponent(this.feedToken)}`] : []), ...(lang === 'en' ? ['lang=en'] : [])];
    return `${this.publicUrl.replace(/\/$/, '')}${path}${query.length ? `?${query.join('&')}` : ''}`;
  }
}
