import { isUtf8 } from 'node:buffer';

/**
 * File names are bytes; reports are text. A name that is valid UTF-8 is itself; one that is not is shown with each
 * stray byte escaped as `\xNN` (git's core.quotePath style, without the quotes), and opened by its bytes: such a file
 * is scanned like any other, never skipped because its name could not be decoded.
 */
export interface FileNames {
  /** The names to scan, as reports show them. */
  readonly names: string[];
  /** The bytes of each name that is not valid UTF-8, by the name shown. */
  readonly raw: Map<string, Buffer>;
}

/** A name from git's `-z` output (or a directory listing) as FileNames keeps it. */
export function addName(into: FileNames, bytes: Buffer): string {
  if (isUtf8(bytes)) {
    const name = bytes.toString('utf8');
    into.names.push(name);
    return name;
  }
  const shown = escapeName(bytes);
  into.names.push(shown);
  into.raw.set(shown, Buffer.from(bytes));
  return shown;
}

/** Valid UTF-8 sequences as they are, every other byte as `\xNN`. */
export function escapeName(bytes: Buffer): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    const sequence = length > 0 && i + length <= bytes.length ? bytes.subarray(i, i + length) : null;
    if (sequence !== null && isUtf8(sequence)) {
      out += sequence.toString('utf8');
      i += length;
    } else {
      out += `\\x${lead.toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/** Splits NUL-terminated output into its fields as bytes, dropping the empty tail. */
export function splitNulBytes(output: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let end = output.indexOf(0, start); end !== -1; end = output.indexOf(0, start)) {
    parts.push(output.subarray(start, end));
    start = end + 1;
  }
  if (start < output.length) parts.push(output.subarray(start));
  return parts;
}
