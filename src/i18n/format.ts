/** Fills named placeholders such as {number}. Values are rendered as text, never as HTML. */
const PLACEHOLDER = /\{(\w+)\}/g;

/** Splits a message into text and the given values (which may be templates), for Lit to render. */
export function formatParts<T>(message: string, values: Record<string, T | string>): (T | string)[] {
  const parts: (T | string)[] = [];
  let last = 0;
  for (const match of message.matchAll(PLACEHOLDER)) {
    parts.push(message.slice(last, match.index));
    parts.push(match[1] in values ? values[match[1]] : match[0]);
    last = match.index! + match[0].length;
  }
  parts.push(message.slice(last));
  return parts;
}

/** The same, as one string: for attributes and announcements. */
export function formatText(message: string, values: Record<string, string | number> = {}): string {
  return message.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
