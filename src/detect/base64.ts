const BASE64_BODY = /^[A-Za-z0-9+/_-]*={0,2}$/;

/**
 * Decodes standard or url-safe base64, padded or not. Returns null for text that is not base64 (wrong alphabet,
 * or a length that leaves a dangling character).
 */
export function decodeBase64(text: string): Buffer | null {
  if (!BASE64_BODY.test(text)) return null;
  const body = text.replace(/=+$/, '');
  if (body.length % 4 === 1) return null;
  return Buffer.from(body, 'base64');
}

/** Decodes base64 that should hold a JSON object; null when it does not parse to one. */
export function decodeBase64Json(text: string): Record<string, unknown> | null {
  const bytes = decodeBase64(text);
  if (bytes === null || bytes[0] !== 0x7b) return null;
  return parseJsonObject(bytes.toString('utf8'));
}

export function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
