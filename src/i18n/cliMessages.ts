import { Language } from '../domain/language';

/**
 * What the CLI itself says on stderr: mistakes in how it was called, missing data, the migration's report.
 * In the language of --lang; English when none is given (the operator's default, as the usage text).
 */
export interface CliMessages {
  required(option: string): string;
  notADate(option: string, got: string): string;
  toBeforeFrom: string;
  notAnInstant(option: string, got: string): string;
  notALanguage(got: string): string;
  unknownGroup(id: string, known: readonly string[]): string;
  needsFile(command: string): string;
  notAFormat(got: string): string;
  backendRequired(option: string): string;
  notABackend(option: string, got: string): string;
  sameBackends: string;
  unknownCommand(name: string): string;
  noCommand: string;
  /** `hint`: which setting points at the data for this backend. */
  noData(where: string, backend: 'sqlite' | 'blob'): string;
  migrated(from: string, to: string): string;
  migrateCounts(copied: number, unchanged: number, refused: number): string;
  migrateRefused(key: string): string;
  unexpected(message: string): string;
}

/** One language's words for the CLI; the hint per backend is picked by `build`. */
type CliWords = Omit<CliMessages, 'noData' | 'unknownGroup'> & {
  unknownGroup(id: string, known: string): string;
  noData(where: string, hint: string): string;
  dataHints: Record<'sqlite' | 'blob', string>;
};

function build(w: CliWords): CliMessages {
  const { dataHints, ...plain } = w;
  return { ...plain, noData: (where, backend) => w.noData(where, dataHints[backend]), unknownGroup: (id, known) => w.unknownGroup(id, known.join(', ')) };
}

const en: CliMessages = build({
  required: (o) => `--${o} is required`,
  notADate: (o, got) => `--${o} must be a date YYYY-MM-DD, got "${got}"`,
  toBeforeFrom: '--to must not be before --from',
  notAnInstant: (o, got) => `--${o} must be an ISO date-time, got "${got}"`,
  notALanguage: (got) => `--lang must be nl or en, got "${got}"`,
  unknownGroup: (id, known) => `unknown group "${id}"; known groups: ${known}`,
  needsFile: (c) => `${c} needs a FILE`,
  notAFormat: (got) => `--format must be json or csv, got "${got}"`,
  backendRequired: (o) => `--${o} is required (sqlite or blob)`,
  notABackend: (o, got) => `--${o} must be sqlite or blob, got "${got}"`,
  sameBackends: '--from and --to must be different backends',
  unknownCommand: (name) => `unknown command "${name}"`,
  noCommand: 'no command given',
  noData: (where, hint) => `no bot data at ${where} (${hint})`,
  dataHints: { sqlite: 'set --data-dir or DATA_DIR', blob: 'check AZURE_STORAGE_CONTAINER' },
  migrated: (from, to) => `migrate-storage ${from} -> ${to}`,
  migrateCounts: (c, u, r) => `copied: ${c}\nunchanged: ${u}\nrefused: ${r}`,
  migrateRefused: (key) => `refused ${key}: the target holds a different document (not overwritten)`,
  unexpected: (m) => `unexpected error: ${m}`,
});

const nl: CliMessages = build({
  required: (o) => `--${o} is verplicht`,
  notADate: (o, got) => `--${o} moet een datum JJJJ-MM-DD zijn, niet "${got}"`,
  toBeforeFrom: '--to mag niet vóór --from liggen',
  notAnInstant: (o, got) => `--${o} moet een ISO-datum met tijd zijn, niet "${got}"`,
  notALanguage: (got) => `--lang moet nl of en zijn, niet "${got}"`,
  unknownGroup: (id, known) => `onbekend overleg "${id}"; bekende overleggen: ${known}`,
  needsFile: (c) => `${c} heeft een BESTAND nodig`,
  notAFormat: (got) => `--format moet json of csv zijn, niet "${got}"`,
  backendRequired: (o) => `--${o} is verplicht (sqlite of blob)`,
  notABackend: (o, got) => `--${o} moet sqlite of blob zijn, niet "${got}"`,
  sameBackends: '--from en --to moeten verschillende opslag zijn',
  unknownCommand: (name) => `onbekende opdracht "${name}"`,
  noCommand: 'geen opdracht gegeven',
  noData: (where, hint) => `geen botgegevens in ${where} (${hint})`,
  dataHints: { sqlite: 'geef --data-dir of DATA_DIR', blob: 'controleer AZURE_STORAGE_CONTAINER' },
  migrated: (from, to) => `migrate-storage ${from} -> ${to}`,
  migrateCounts: (c, u, r) => `gekopieerd: ${c}\nongewijzigd: ${u}\ngeweigerd: ${r}`,
  migrateRefused: (key) => `geweigerd ${key}: het doel heeft een ander document (niet overschreven)`,
  unexpected: (m) => `onverwachte fout: ${m}`,
});

const CLI: Record<Language, CliMessages> = { nl, en };

export function cliMessages(lang: Language): CliMessages {
  return CLI[lang];
}
