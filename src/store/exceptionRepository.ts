import { SeriesException } from '../domain/series';
import { CODECS } from './codecs';
import { ConditionalStorage } from './conditionalStorage';
import { decodeStored, readDoc, updateDoc, Versioned } from './documents';
import { keys } from './keys';

/** The cancelled and moved occurrences coordinators set in chat for one group (`keys.seriesExceptions`). */
export interface ExceptionsDoc extends Versioned {
  groupId: string;
  exceptions: SeriesException[];
}

/** A group's exceptions with their version (the eTag; '' when none are stored), for callers that write back. */
export interface VersionedExceptions {
  exceptions: SeriesException[];
  version: string;
}

const codec = CODECS.series;

/** A group's stored exceptions as a batch read returned them, decoded, with their version. */
export function versionedExceptions(item: unknown, key: string): VersionedExceptions {
  const doc = decodeStored<ExceptionsDoc>(key, item, codec);
  return { exceptions: doc?.exceptions ?? [], version: doc ? ((item as { eTag?: string }).eTag ?? '?') : '' };
}

/** The exceptions of each group's series: one document per group, changed with eTag retry. */
export class ExceptionRepository {
  constructor(private readonly storage: ConditionalStorage) {}

  async get(groupId: string): Promise<SeriesException[]> {
    return (await readDoc<ExceptionsDoc>(this.storage, keys.seriesExceptions(groupId), codec))?.exceptions ?? [];
  }

  /** Stored exceptions of several groups in one read, each with its version. */
  async versioned(groupIds: readonly string[]): Promise<Map<string, VersionedExceptions>> {
    const ks = groupIds.map((id) => keys.seriesExceptions(id));
    const items = await this.storage.read(ks);
    return new Map(groupIds.map((id, i) => [id, versionedExceptions(items[ks[i]], ks[i])]));
  }

  /** Applies `change` to the latest stored exceptions of a group (retried under contention). */
  update(groupId: string, change: (current: SeriesException[]) => SeriesException[]): Promise<ExceptionsDoc> {
    return updateDoc<ExceptionsDoc>(
      this.storage,
      keys.seriesExceptions(groupId),
      (doc) => ({ schemaVersion: codec.current, groupId, exceptions: change(doc?.exceptions ?? []) }),
      codec,
    );
  }
}
