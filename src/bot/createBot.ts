import { Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, TurnContext } from 'botbuilder';
import { VERBS } from '../present/cards/verbs';
import { Parsed } from '../commands/command';
import { GroupAliases } from '../commands/groupAliases';
import { parse } from '../commands/parse';
import { localDateAt } from '../domain/zonedTime';
import { messagesFor } from '../i18n/catalogue';
import { Language } from '../i18n/language';
import { bindConversation } from './handlers/bind';
import { abortChange, confirmChange, dateProblemText, parsePending, requestChange } from './handlers/changeMeeting';
import { answerHelp, answerNotUnderstood } from './handlers/help';
import { setLanguage } from './handlers/language';
import { answerDeadline, answerNext, answerPeriod } from './handlers/meetings';
import { onOpenPitch, onSavePitch, openPitch, pastedPitch } from './handlers/pitch';
import { answerAgenda, answerBundle, answerStatus, changeAgenda } from './handlers/pitchOverview';
import { muteReminders, planPreview, switchDigest, switchThemeReminders } from './handlers/reminders';
import { welcome } from './handlers/welcome';
import { chooseLanguage } from './language';
import { BotDeps, Turn } from '../features/shared/turn';
import { conversationId, conversationKind, tenantId, userId } from '../features/shared/turnInfo';

export interface Bot {
  app: Application<TurnState>;
  /** Runs one turn; never throws (errors are logged and apologised for in the user's language). */
  handleTurn(context: TurnContext): Promise<void>;
}

async function dispatch(turn: Turn, parsed: Parsed): Promise<void> {
  const c = parsed.command;
  switch (c.kind) {
    case 'help':
      return answerHelp(turn);
    case 'next':
      return answerNext(turn, c.group);
    case 'period':
      return answerPeriod(turn, c.period, c.group);
    case 'deadline':
      return answerDeadline(turn, c.group);
    case 'set-language':
      return setLanguage(turn, c.language);
    case 'bind':
      return bindConversation(turn, c.group);
    case 'cancel':
    case 'move':
      return requestChange(turn, c);
    case 'pitch':
      return openPitch(turn, c.theme);
    case 'pasted-pitch':
      return pastedPitch(turn, c.answers);
    case 'status':
      return answerStatus(turn, c.group, c.date);
    case 'agenda':
      return answerAgenda(turn, c.group, c.date);
    case 'agenda-change':
      return changeAgenda(turn, c.op, c.themes, c.group, c.date);
    case 'bundle':
      return answerBundle(turn, c.group, c.date);
    case 'mute-reminders':
      return muteReminders(turn, c.muted);
    case 'plan-preview':
      return planPreview(turn, c.period);
    case 'theme-reminders':
      return switchThemeReminders(turn, c.on, c.themes);
    case 'digest':
      return switchDigest(turn, c.on);
    case 'bad-date':
      return void (await turn.context.sendActivity(dateProblemText(turn.msgs, turn.lang, c.problem)));
    case 'unknown':
      return answerNotUnderstood(turn);
  }
}

/** Builds the teams-ai Application: routes only; the work is in handlers/. */
export function createBot(deps: BotDeps): Bot {
  const aliases = new GroupAliases(deps.calendar.schedule.groups);
  const themes = new GroupAliases(deps.calendar.schedule.themes);
  const app = new Application<TurnState>({
    ...(deps.botAppId ? { botAppId: deps.botAppId } : {}),
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  async function makeTurn(context: TurnContext, written?: Language, preferred?: Language): Promise<Turn> {
    const prefs = await deps.repos.getUserPrefs(userId(context));
    const lang = chooseLanguage(preferred ?? prefs.language, written, context.activity.locale);
    return { context, deps, lang, msgs: messagesFor(lang), now: deps.clock() };
  }

  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    if (!(context.activity.membersAdded ?? []).some((m) => m.id === botId)) return;
    await welcome(await makeTurn(context));
  });

  app.activity('installationUpdate', async () => {
    // The reference was stored before routing; the welcome comes with conversationUpdate.
  });

  app.adaptiveCards.actionSubmit(VERBS.confirmChange, async (context) => {
    await confirmChange(await makeTurn(context, undefined, parsePending(context.activity.value)?.lang));
  });
  app.adaptiveCards.actionSubmit(VERBS.abortChange, async (context) => {
    await abortChange(await makeTurn(context, undefined, parsePending(context.activity.value)?.lang));
  });

  const cardLang = (context: TurnContext) => {
    const l = (context.activity.value as { lang?: unknown } | undefined)?.lang;
    return l === 'nl' || l === 'en' ? l : undefined;
  };
  app.adaptiveCards.actionSubmit(VERBS.openPitch, async (context) => onOpenPitch(await makeTurn(context, undefined, cardLang(context))));
  app.adaptiveCards.actionSubmit(VERBS.savePitchDraft, async (context) => onSavePitch(await makeTurn(context, undefined, cardLang(context)), 'draft'));
  app.adaptiveCards.actionSubmit(VERBS.submitPitch, async (context) => onSavePitch(await makeTurn(context, undefined, cardLang(context)), 'submitted'));

  app.activity(ActivityTypes.Message, async (context) => {
    const text = context.activity.text ?? '';
    const parsed = parse(text, { aliases, themes, today: localDateAt(deps.clock(), deps.calendar.zone) });
    const turn = await makeTurn(context, parsed.language);
    deps.logger.debug({ event: 'command', kind: parsed.command.kind, lang: turn.lang }, 'message parsed');
    await dispatch(turn, parsed);
  });

  async function handleTurn(context: TurnContext): Promise<void> {
    try {
      const tenant = tenantId(context);
      if (deps.allowedTenants?.length && !(tenant && deps.allowedTenants.includes(tenant))) {
        deps.logger.warn({ event: 'tenant-refused', tenant: tenant ?? null }, 'activity from a tenant that is not allowed');
        if (context.activity.type === ActivityTypes.Message) {
          await context.sendActivity(messagesFor(chooseLanguage(undefined, undefined, context.activity.locale)).tenantNotAllowed);
        }
        return;
      }
      await rememberConversation(context, deps);
      await app.run(context);
    } catch (error) {
      const err = error as Error & { code?: string };
      deps.logger.error(
        { event: 'turn-error', code: err.code ?? err.name, err: { message: err.message, stack: err.stack }, activityType: context.activity.type },
        'turn failed',
      );
      try {
        const prefs = await deps.repos.getUserPrefs(userId(context)).catch(() => ({ language: undefined }));
        const lang = chooseLanguage(prefs.language, undefined, context.activity.locale);
        await context.sendActivity(messagesFor(lang).apology);
      } catch (e) {
        deps.logger.error({ event: 'apology-failed', err: { message: (e as Error).message } }, 'could not apologise');
      }
    }
  }

  return { app, handleTurn };
}

/** Keeps a fresh conversation reference for proactive messages (reminders), from every activity. */
async function rememberConversation(context: TurnContext, deps: BotDeps): Promise<void> {
  const id = conversationId(context);
  if (!id) return;
  const reference = TurnContext.getConversationReference(context.activity);
  const kind = conversationKind(context);
  // In personal chats, also the e-mail/UPN (from the roster, cached): leads are configured by either.
  const identities = kind === 'personal' && context.activity.type === 'message' ? await deps.roles.identity(context) : undefined;
  await deps.repos.saveReference(id, {
    reference: { ...reference, conversation: { ...reference.conversation!, id } },
    kind,
    ...(kind === 'personal' ? { userId: userId(context) } : {}),
    ...(identities ? { identities: [...new Set(identities)] } : {}),
  });
}
