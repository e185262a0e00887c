/**
 * The read side of `schemaVersion`: every document type has a codec with the version this release writes and
 * the migrations from each older version to the next. A read accepts the current version, migrates older
 * ones step by step, and refuses a version from the future (a newer release wrote it: reading it as if it
 * were ours could lose fields on the next write).
 *
 * History: every release so far has written `schemaVersion: 1` for every type, so each codec is at version 1.
 * A document without `schemaVersion` predates the field (or was written by hand) and has version 1's shape;
 * it is read as version 1.
 */
export class SchemaVersionError extends Error {
  constructor(
    readonly key: string,
    readonly version: unknown,
    readonly supported: number,
  ) {
    super(
      typeof version === 'number' && Number.isInteger(version) && version > supported
        ? `Storage: document "${key}" has schemaVersion ${version}, newer than this release reads (up to ${supported}); upgrade the bot before it touches this store`
        : `Storage: document "${key}" has an invalid schemaVersion ${JSON.stringify(version)} (expected a whole number from 1 to ${supported})`,
    );
    this.name = 'SchemaVersionError';
  }
}

type Doc = Record<string, unknown>;

export interface Codec {
  /** What this release writes. */
  current: number;
  /** `migrations[n]` turns a version-n document into a version-(n+1) one. */
  migrations: Record<number, (doc: Doc) => Doc>;
}

const v1: Codec = { current: 1, migrations: {} };

/** One codec per document type, by the key prefix of src/store/keys.ts. */
export const CODECS: Readonly<Record<string, Codec>> = {
  binding: v1,
  series: v1,
  convref: v1,
  pitch: v1,
  agenda: v1,
  attendance: v1,
  actions: v1,
  claim: v1,
  settings: v1,
  context: v1,
  leader: v1,
  user: v1,
  /** Index documents (derived from the documents they index, rebuilt from a listing when absent). */
  index: v1,
  progress: v1,
};

/** The codec of the document type under `key` (every type of keys.ts has one: test/store/codecs.test.ts checks it). */
export function codecOf(key: string): Codec {
  return CODECS[key.split('/')[0]] ?? v1;
}

/** The document under `key` at the current version of its type; throws SchemaVersionError for one it cannot read. */
export function decodeDoc<T>(key: string, raw: unknown, codec: Codec = codecOf(key)): T {
  const doc = raw as Doc;
  const version = doc.schemaVersion ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > codec.current) {
    throw new SchemaVersionError(key, version, codec.current);
  }
  let out: Doc = doc;
  for (let v = version; v < codec.current; v++) {
    const step = codec.migrations[v];
    if (!step) throw new SchemaVersionError(key, version, codec.current);
    out = step(out);
  }
  return { ...out, schemaVersion: codec.current } as T;
}
