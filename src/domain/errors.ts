/** Stable codes so that the bot and the CLI can say what went wrong in the user's language. */
export type DomainErrorCode = 'not-an-occurrence' | 'already-cancelled' | 'invalid-move' | 'occurrence-in-past';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
