import { MeetingAttendance } from '../domain/attendance';
import { CODECS } from './codecs';
import { ConditionalStorage } from './conditionalStorage';
import { decodeStored, readDoc, updateDoc, Versioned, withoutVersion } from './documents';
import { keys } from './keys';

/** Who comes to one meeting: every member's answer and its history (`keys.attendance`). */
export interface AttendanceDoc extends Versioned, MeetingAttendance {}

const codec = CODECS.attendance;

const decode = (key: string, item: unknown): MeetingAttendance | undefined => {
  const doc = decodeStored<AttendanceDoc>(key, item, codec);
  return doc ? withoutVersion(doc) : undefined;
};

/** The attendance: one document per meeting, changed with eTag retry so that members answering at once all count. */
export class AttendanceRepository {
  constructor(private readonly storage: ConditionalStorage) {}

  async get(groupId: string, originalDate: string): Promise<MeetingAttendance | undefined> {
    const doc = await readDoc<AttendanceDoc>(this.storage, keys.attendance(groupId, originalDate), codec);
    return doc ? withoutVersion(doc) : undefined;
  }

  /**
   * Read-modify-write of one meeting's attendance with eTag retry: members answering at the same moment all
   * keep their answer. `change` may run more than once and may throw to refuse (nothing is written then).
   */
  update(groupId: string, originalDate: string, change: (current: MeetingAttendance | undefined) => MeetingAttendance): Promise<AttendanceDoc> {
    return updateDoc<AttendanceDoc>(
      this.storage,
      keys.attendance(groupId, originalDate),
      (doc) => ({ schemaVersion: codec.current, ...change(doc ? withoutVersion(doc) : undefined) }),
      codec,
    );
  }

  /** The attendance of many meetings in one read, by `groupId/originalDate` (absent when nobody answered). */
  async ofMeetings(meetings: readonly { groupId: string; originalDate: string }[]): Promise<Map<string, MeetingAttendance>> {
    if (meetings.length === 0) return new Map();
    const ks = meetings.map((m) => keys.attendance(m.groupId, m.originalDate));
    const items = await this.storage.read(ks);
    const out = new Map<string, MeetingAttendance>();
    meetings.forEach((m, i) => {
      const attendance = decode(ks[i], items[ks[i]]);
      if (attendance) out.set(`${m.groupId}/${m.originalDate}`, attendance);
    });
    return out;
  }

  /** Every stored attendance of a group (for exports), by meeting date. */
  async list(groupId: string): Promise<MeetingAttendance[]> {
    const ks = await this.storage.list(keys.attendancePrefix(groupId));
    const items = await this.storage.read(ks);
    return ks
      .map((k) => decode(k, items[k]))
      .filter((a): a is MeetingAttendance => a !== undefined)
      .sort((a, b) => a.originalDate.localeCompare(b.originalDate));
  }
}
