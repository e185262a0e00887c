import { ConversationKind, ConversationNames } from '../domain/conversation';
import { Messages } from '../i18n/messages';

/** A Teams id ("19:…@thread.tacv2", "29:…", "a:…", an AAD GUID) stored where a name should be: never shown. */
const ID_LIKE = /^(\d+|[a-z]):|@thread|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function name(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v && !ID_LIKE.test(v) ? v : undefined;
}

/**
 * "het kanaal Planning van team Werkgroep", "de persoonlijke chat met Sanne de Vries": a conversation as people
 * know it, from the names stored with its reference; what Teams did not name becomes a neutral phrase.
 */
export function conversationPlace(kind: ConversationKind, names: ConversationNames | undefined, msgs: Pick<Messages, 'conversationPlace'>): string {
  const place = msgs.conversationPlace;
  if (kind === 'personal') return place.personal(name(names?.person));
  if (kind === 'groupChat') return place.groupChat(name(names?.chat));
  const channel = name(names?.channel);
  return names?.general && !channel ? place.generalChannel(name(names.team)) : place.channel(channel, name(names?.team));
}
