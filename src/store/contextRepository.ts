import { Language } from '../domain/language';
import { Period } from '../understand/period';
import { Subject } from '../understand/slots';
import { CODECS } from './codecs';
import { ConditionalStorage } from './conditionalStorage';
import { decodeStored, Versioned } from './documents';
import { keys } from './keys';

/** What an answer was about (group, meeting, intent), kept for a while so follow-ups can refer to it. */
export interface ContextDoc extends Versioned {
  intent: string;
  groupId?: string;
  date?: string;
  period?: Period;
  implicit?: boolean;
  /** The language the answer was in: a message that could be either language is answered in it again. */
  lang?: Language;
  /** When the answer was given (ISO). */
  at: string;
}

const codec = CODECS.context;

/** A conversation context as a multi-key read returned it (see Repositories.turnState), decoded. */
export const decodeContext = (key: string, item: unknown): ContextDoc | undefined => decodeStored<ContextDoc>(key, item, codec);

/** The conversation context: one document per person and conversation, read with the turn's other state. */
export class ContextRepository {
  constructor(private readonly storage: ConditionalStorage) {}

  /** Remembers what an answer was about; last writer wins (it is the latest answer), so no eTag retry. */
  async save(conversationId: string, userId: string, subject: Subject, lang: Language, now: Date): Promise<void> {
    const { intent, groupId, date, period, implicit } = subject;
    const doc: ContextDoc = {
      schemaVersion: codec.current,
      intent,
      ...(groupId ? { groupId } : {}),
      ...(date ? { date } : {}),
      ...(period ? { period } : {}),
      ...(implicit ? { implicit } : {}),
      lang,
      at: now.toISOString(),
    };
    await this.storage.write({ [keys.conversationContext(conversationId, userId)]: { ...doc, eTag: '*' } });
  }
}
