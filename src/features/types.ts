import { ZodType, ZodTypeDef } from 'zod';
import { Language } from '../domain/language';
import { UnderstandSpec } from '../understand/understand';
import { Slots, Subject } from '../understand/slots';
import { FeatureMessages } from './catalogue';
import { Turn } from './shared/turn';

/** Who a feature is for; help groups features by it. */
export type Role = 'everyone' | 'leads' | 'coordinators';

/** One command: how it is recognised (see UnderstandSpec) and what answers it. */
export interface CommandSpec extends UnderstandSpec {
  /** Answers the command; returns what the answer was about, remembered for follow-ups. */
  handle(turn: Turn, slots: Slots): Promise<Subject | void>;
}

/**
 * A card button: its verb, the schema its payload must pass (a bad or tampered payload is refused the
 * same way for every verb, and nothing changes), and its handler.
 */
export interface VerbSpec<T = unknown> {
  verb: string;
  schema: ZodType<T, ZodTypeDef, unknown>;
  handle(turn: Turn, payload: T): Promise<void>;
}

/** What help shows for a feature. */
export interface HelpEntry {
  title: string;
  summary: string;
  examples: readonly string[];
}

/** A feature declares everything about itself in one place; the registry lists the features. */
export interface Feature {
  id: string;
  role: Role;
  commands: readonly CommandSpec[];
  verbs?: readonly VerbSpec<never>[];
  /** Words that name the feature in a question about it ("hoe werken herinneringen?"). */
  topic: Record<Language, readonly string[]>;
  /** How much a topic word counts (below 1 for a feature whose words are everyday nouns, like "overleg"). */
  topicWeight?: number;
  help(msgs: FeatureMessages): HelpEntry;
}

/** Helps TypeScript keep each verb's payload type next to its handler. */
export function verb<T>(spec: VerbSpec<T>): VerbSpec<never> {
  return spec as unknown as VerbSpec<never>;
}
