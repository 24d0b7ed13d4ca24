/**
 * The YAML block mapping around a key, as Helm values files and Kubernetes manifests write a JSON document's fields
 * (`encCredentials:` with its children indented below it). Only what credentials files need: `key: scalar` and
 * `key:` followed by one level of `child: scalar` lines; quotes are removed, flow collections kept as text.
 * Bounded: at most MAX_LINES lines on each side of the key are looked at, so a text with many such keys costs a
 * constant per key.
 */

export interface LocatedMapping {
  /** Offset of the first key of the mapping. */
  readonly start: number;
  /** Offset just past its last line. */
  readonly end: number;
  readonly value: Record<string, string | Record<string, string>>;
}

const MAX_LINES = 200;
const ENTRY = /^( *)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;

export function enclosingYamlMapping(text: string, offset: number): LocatedMapping | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = offset - lineStart;
  if (text.slice(lineStart, offset).trim() !== '') return null;
  // Lines above and below that belong to the same mapping (indented at least as much, or blank/comments).
  const lines: { start: number; text: string }[] = [];
  let start = lineStart;
  for (let n = 0; n < MAX_LINES && start > 0; n++) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    const line = text.slice(previous, start - 1);
    if (!belongs(line, indent)) break;
    lines.unshift({ start: previous, text: line });
    start = previous;
  }
  let at = lineStart;
  for (let n = 0; n < MAX_LINES && at < text.length; n++) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(at, end);
    if (at !== lineStart && !belongs(line, indent)) break;
    lines.push({ start: at, text: line });
    at = end + 1;
  }
  const value: Record<string, string | Record<string, string>> = {};
  let current: Record<string, string> | null = null;
  let first = -1;
  let last = lineStart;
  for (const line of lines) {
    const entry = ENTRY.exec(line.text.replace(/\r$/, ''));
    if (!entry) continue;
    const [, spaces = '', key = '', raw] = entry;
    if (spaces.length === indent) {
      if (first === -1) first = line.start + spaces.length;
      if (raw === undefined || raw === '' || raw.startsWith('#')) {
        current = {};
        value[key] = current;
      } else {
        current = null;
        value[key] = unquote(raw);
      }
    } else if (current !== null && spaces.length > indent && raw !== undefined) {
      current[key] = unquote(raw);
    }
    last = line.start + line.text.length;
  }
  return first === -1 ? null : { start: first, end: last, value };
}

function belongs(line: string, indent: number): boolean {
  const content = line.replace(/\r$/, '');
  if (content.trim() === '' || content.trimStart().startsWith('#')) return true;
  return content.length - content.trimStart().length >= indent;
}

function unquote(raw: string): string {
  const value = raw.replace(/[ \t]+#.*$/, '');
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}
