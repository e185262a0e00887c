import { ActionItem } from '../domain/actionItems';

// RFC 4180, as the pitch export: quote every field, double the quotes; CRLF line ends.
const field = (v: string | number | undefined) => `"${String(v ?? '').replace(/"/g, '""')}"`;

/** One row per action item: what, whose, when due, and who recorded and closed it (the full history is in the JSON). */
export function actionItemsCsv(items: readonly ActionItem[]): string {
  const header = [
    'group',
    'id',
    'meeting',
    'text',
    'owner_kind',
    'owner',
    'owner_organisation',
    'due',
    'status',
    'requested_due',
    'created_at',
    'created_by',
    'done_at',
    'done_by',
  ];
  const rows = items.map((i) => {
    const created = i.history.find((c) => c.kind === 'created');
    const done = [...i.history].reverse().find((c) => c.kind === 'done');
    return [
      i.groupId,
      i.id,
      i.meeting,
      i.text,
      i.owner.kind,
      i.owner.name,
      i.owner.kind === 'member' ? i.owner.organisation : i.owner.name,
      i.due,
      i.status,
      i.requestedDue,
      created?.at,
      created?.byName,
      i.status === 'done' ? done?.at : undefined,
      i.status === 'done' ? done?.byName : undefined,
    ];
  });
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
