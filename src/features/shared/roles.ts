import { TeamsInfo, TurnContext } from 'botbuilder';
import { Group } from '../../domain/schedule';

/** Who may change a group's meetings: its configured coordinators, by AAD object id, user id, e-mail or UPN. */
export class Roles {
  private readonly cache = new Map<string, { at: number; ids: string[] }>();

  constructor(
    private readonly clock: () => Date,
    private readonly onLookupError: (e: unknown) => void = () => {},
  ) {}

  async identity(context: TurnContext): Promise<string[]> {
    const from = context.activity.from ?? { id: '' };
    const ids = [from.aadObjectId, from.id].filter((x): x is string => !!x).map((x) => x.toLowerCase());
    const cached = this.cache.get(from.id);
    // Ten minutes: long enough to spare the connector, short enough for a changed e-mail address.
    if (cached && this.clock().getTime() - cached.at < 10 * 60_000) return [...ids, ...cached.ids];
    let extra: string[] = [];
    try {
      const member = await TeamsInfo.getMember(context, from.id);
      extra = [member.email, member.userPrincipalName, member.aadObjectId].filter((x): x is string => !!x).map((x) => x.toLowerCase());
    } catch (e) {
      this.onLookupError(e);
    }
    this.cache.set(from.id, { at: this.clock().getTime(), ids: extra });
    return [...ids, ...extra];
  }

  async isCoordinator(context: TurnContext, group: Group): Promise<boolean> {
    const wanted = new Set(group.coordinators.map((c) => c.toLowerCase()));
    if (wanted.size === 0) return false;
    const from = context.activity.from;
    // Without a roster lookup when the activity already names a coordinator.
    if ([from?.aadObjectId, from?.id].some((x) => x && wanted.has(x.toLowerCase()))) return true;
    return (await this.identity(context)).some((x) => wanted.has(x));
  }
}

/**
 * The coordinators of a group as people may be told them: e-mail addresses (or UPNs). AAD object ids and Teams
 * user ids in the schedule identify a coordinator too, but mean nothing to a person and are never shown.
 */
export function contactsOf(group: Group): string[] {
  return group.coordinators.filter((c) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c));
}
