import { Activity, ChannelAccount } from 'botbuilder';

export const TENANT = 'tenant-overheid';
export const BOT = { id: '28:overlegbot', name: 'overlegbot' };

export interface TestUser extends ChannelAccount {
  id: string;
  name: string;
  aadObjectId: string;
}

export const USERS = {
  coordinator: { id: '29:carla', name: 'Carla Coördinator', aadObjectId: 'aad-coordinator' },
  lead: { id: '29:sanne', name: 'Sanne de Vries', aadObjectId: 'aad-lead' },
  member: { id: '29:mila', name: 'Mila Meedenker', aadObjectId: 'aad-member' },
  /** Deputy (plaatsvervanger) for arbeidsmarkt; lead of kwetsbare-jeugd. */
  deputy: { id: '29:daan', name: 'Daan Visser', aadObjectId: 'aad-deputy' },
} satisfies Record<string, TestUser>;

let seq = 0;

export interface Where {
  kind: 'personal' | 'channel' | 'groupChat';
  id: string;
}

export const personal = (user: TestUser): Where => ({ kind: 'personal', id: `a:personal-${user.aadObjectId}` });
export const CHANNEL: Where = { kind: 'channel', id: '19:sg-channel@thread.tacv2' };
export const GROUP_CHAT: Where = { kind: 'groupChat', id: '19:group-chat@thread.v2' };

/** A Teams-shaped activity as the Teams channel sends it. */
export function teamsActivity(
  partial: Partial<Activity>,
  user: TestUser,
  where: Where,
  options: { locale?: string; tenant?: string; serviceUrl?: string } = {},
): Partial<Activity> {
  const tenant = options.tenant ?? TENANT;
  return {
    id: `act-${++seq}`,
    channelId: 'msteams',
    serviceUrl: options.serviceUrl ?? 'https://smba.trafficmanager.net/emea/',
    timestamp: new Date(),
    locale: options.locale ?? 'nl-NL',
    from: user,
    recipient: BOT,
    conversation: {
      id: where.kind === 'channel' ? `${where.id};messageid=1700000000000` : where.id,
      conversationType: where.kind,
      isGroup: where.kind !== 'personal',
      tenantId: tenant,
      name: where.kind,
    },
    channelData: {
      tenant: { id: tenant },
      ...(where.kind === 'channel' ? { channel: { id: where.id }, team: { id: '19:team@thread.tacv2' } } : {}),
    },
    ...partial,
  };
}

export function message(
  text: string,
  user: TestUser,
  where: Where = personal(user),
  options: { locale?: string; tenant?: string; serviceUrl?: string } = {},
): Partial<Activity> {
  const mentioned = where.kind === 'personal' ? text : `<at>overlegbot</at> ${text}`;
  return teamsActivity(
    {
      type: 'message',
      text: mentioned,
      ...(where.kind === 'personal' ? {} : { entities: [{ type: 'mention', text: '<at>overlegbot</at>', mentioned: BOT }] }),
    },
    user,
    where,
    options,
  );
}

/** What Teams sends when someone presses an Action.Submit button on a card the bot posted. */
export function cardSubmit(value: Record<string, unknown>, user: TestUser, replyToId: string | undefined, where: Where = personal(user)): Partial<Activity> {
  return teamsActivity({ type: 'message', value, ...(replyToId ? { replyToId } : {}) }, user, where);
}

export function membersAdded(members: ChannelAccount[], user: TestUser, where: Where): Partial<Activity> {
  return teamsActivity({ type: 'conversationUpdate', membersAdded: members }, user, where);
}
