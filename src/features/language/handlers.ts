import { messagesFor } from '../../i18n/catalogue';
import { Language } from '../../domain/language';
import { sendText } from '../shared/reply';
import { Turn } from '../shared/turn';
import { userId } from '../shared/turnInfo';

export async function setLanguage(turn: Turn, language: Language): Promise<void> {
  await turn.deps.repos.setLanguage(userId(turn.context), language);
  await sendText(turn.context, messagesFor(language).languageSet);
}
