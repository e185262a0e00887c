import { decode } from 'he';

interface Attachment {
  contentType?: string;
  content?: unknown;
}

/** Plain text from HTML: block elements and <br> become line breaks, other tags go, entities are decoded. */
export function htmlToLines(html: string): string {
  return decode(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?(?:p|div|li|h[1-6]|tr)\b[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((l) => l.replace(/\u00a0/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * The text of a message as the user wrote it. Teams may deliver pasted multi-line text as one line in
 * `text`, with the structure only in a text/html attachment: then the attachment's lines are read.
 */
export function messageText(activity: { text?: string; attachments?: Attachment[] }): string {
  const text = activity.text ?? '';
  if (text.includes('\n')) return text;
  const html = activity.attachments?.find((a) => a.contentType === 'text/html' && typeof a.content === 'string');
  if (!html) return text;
  const lines = htmlToLines(html.content as string);
  return lines.includes('\n') ? lines : text;
}
