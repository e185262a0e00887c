import { messageText } from './messageText';
import { Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, TurnContext } from 'botbuilder';
import { localDateAt } from '../domain/zonedTime';
import { featureMessages } from '../features/catalogue';
import { answerClarification, answerNotUnderstood } from '../features/help/handlers';
import { allCommands, FEATURES } from '../features/registry';
import { understanderFor } from '../features/understanding';
import { sendText } from '../features/shared/reply';
import { BotDeps, Turn } from '../features/shared/turn';
import { conversationId, conversationKind, tenantId, userId } from '../features/shared/turnInfo';
import { welcome } from '../features/shared/welcome';
import { CommandSpec, Feature } from '../features/types';
import { messagesFor } from '../i18n/catalogue';
import { Language } from '../domain/language';
import { TurnState as StoredTurnState } from '../store/repositories';
import { Understood } from '../understand/slots';
import { Understander } from '../understand/understand';
import { ConversationNamer } from './conversationNames';
import { chooseLanguage } from './language';
import { UnderstandMemo } from './understandMemo';

export interface Bot {
  app: Application<TurnState>;
  understander: Understander;
  /** Runs one turn; never throws (errors are logged and apologised for in the user's language). */
  handleTurn(context: TurnContext): Promise<void>;
}

const DEFAULT_CONTEXT_MINUTES = 30;

/** The language a card was made in: its payload's `lang` (or the pending change's). */
function cardLanguage(value: unknown): Language | undefined {
  const v = (value ?? {}) as { lang?: unknown; change?: { lang?: unknown } };
  const l = v.lang ?? v.change?.lang;
  return l === 'nl' || l === 'en' ? l : undefined;
}

/**
 * Builds the teams-ai Application. Routes come from the feature registry: one message route that
 * understands the text and calls the command's handler, and one actionSubmit route per card verb, whose
 * payload must pass the verb's schema. No feature logic lives here.
 */
export function createBot(deps: BotDeps, features: readonly Feature[] = FEATURES): Bot {
  const commands = allCommands(features);
  const byIntent = new Map<string, CommandSpec>(commands.map((c) => [c.intent, c]));
  // Built on the first message, not at start-up: the speller, phrase index and vocabulary over the schedule's
  // names and the registry's phrasings take ~40 ms that no health check or reminder tick needs.
  let built: Understander | undefined;
  const understander = () => (built ??= understanderFor(deps.calendar.schedule, features));
  const memo = new UnderstandMemo((text, ctx) => understander().understand(text, ctx));
  const contextMs = (deps.contextMinutes ?? DEFAULT_CONTEXT_MINUTES) * 60_000;
  const namer = new ConversationNamer(
    deps.clock,
    async (id) => (await deps.repos.getReference(id))?.names,
    (e) => deps.logger.info({ event: 'conversation-names-lookup-failed', err: { message: (e as Error).message } }, 'could not look up channel or team names'),
  );
  const app = new Application<TurnState>({
    ...(deps.botAppId ? { botAppId: deps.botAppId } : {}),
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  async function makeTurn(context: TurnContext, options: { written?: Language; preferred?: Language; state?: StoredTurnState } = {}): Promise<Turn> {
    const state = options.state ?? (await deps.repos.turnState(conversationId(context), userId(context)));
    // A message that could be either language ("status") is answered in the language of the previous answer.
    const lang = chooseLanguage(options.preferred ?? state.prefs.language, options.written ?? state.context?.lang, context.activity.locale);
    const now = deps.clock();
    return {
      context,
      deps,
      lang,
      msgs: featureMessages(lang),
      now,
      today: localDateAt(now, deps.calendar.zone),
      ...(state.binding ? { boundGroupId: state.binding.groupId } : {}),
      understander: understander(),
    };
  }

  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    if (!(context.activity.membersAdded ?? []).some((m) => m.id === botId)) return;
    await welcome(await makeTurn(context));
  });

  app.activity('installationUpdate', async () => {
    // The reference was stored before routing; the welcome comes with conversationUpdate.
  });

  for (const feature of features) {
    for (const v of feature.verbs ?? []) {
      app.adaptiveCards.actionSubmit(v.verb, async (context) => {
        const value = context.activity.value;
        const turn = await makeTurn(context, { ...(cardLanguage(value) ? { preferred: cardLanguage(value) } : {}) });
        const parsed = v.schema.safeParse(value);
        if (!parsed.success) {
          deps.logger.warn(
            { event: 'card-refused', verb: v.verb, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) },
            'card payload refused',
          );
          return sendText(context, turn.msgs.cardRefused);
        }
        await v.handle(turn, parsed.data as never);
      });
    }
  }

  app.activity(ActivityTypes.Message, async (context) => {
    const text = await messageText(context.activity);
    const state = await deps.repos.turnState(conversationId(context), userId(context));
    const now = deps.clock();
    const fresh = state.context && now.getTime() - new Date(state.context.at).getTime() < contextMs ? state.context : undefined;
    const understood = memo.read(text, {
      today: localDateAt(now, deps.calendar.zone),
      bound: Boolean(state.binding),
      ...(fresh
        ? {
            previous: {
              intent: fresh.intent,
              ...(fresh.groupId ? { groupId: fresh.groupId } : {}),
              ...(fresh.date ? { date: fresh.date } : {}),
              ...(fresh.period ? { period: fresh.period } : {}),
              ...(fresh.implicit ? { implicit: true } : {}),
            },
          }
        : {}),
    });
    const turn = await makeTurn(context, { ...(understood.language ? { written: understood.language } : {}), state });
    deps.logger.debug(
      {
        event: 'understood',
        intent: understood.intent,
        slots: understood.slots,
        followUp: understood.followUp ?? false,
        clarify: understood.clarify,
        why: understood.why,
        lang: turn.lang,
      },
      'message understood',
    );
    const subject = await answer(turn, understood);
    if (subject) await deps.repos.saveContext(conversationId(context), userId(context), subject, turn.lang, now);
  });

  async function answer(turn: Turn, u: Understood) {
    if (u.clarify) return void (await answerClarification(turn, u));
    const spec = byIntent.get(u.intent);
    if (!spec) return void (await answerNotUnderstood(turn, u, features));
    return (await spec.handle(turn, u.slots)) ?? undefined;
  }

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
      await rememberConversation(context, deps, namer);
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

  return {
    app,
    get understander() {
      return understander();
    },
    handleTurn,
  };
}

/** Keeps a fresh conversation reference for proactive messages (reminders), from every activity. */
async function rememberConversation(context: TurnContext, deps: BotDeps, namer: ConversationNamer): Promise<void> {
  const id = conversationId(context);
  if (!id) return;
  const reference = TurnContext.getConversationReference(context.activity);
  const kind = conversationKind(context);
  // In personal chats, also the e-mail/UPN (from the roster, cached): leads are configured by either.
  const identities = kind === 'personal' && context.activity.type === 'message' ? await deps.roles.identity(context) : undefined;
  // The names people know it by, for notices that must not show its id.
  const names = await namer.names(context, kind, id);
  await deps.repos.saveReference(id, {
    reference: { ...reference, conversation: { ...reference.conversation!, id } },
    kind,
    ...(kind === 'personal' ? { userId: userId(context) } : {}),
    ...(identities ? { identities: [...new Set(identities)] } : {}),
    ...(names ? { names } : {}),
  });
}
