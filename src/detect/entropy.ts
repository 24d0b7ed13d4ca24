const ASCII_COUNTS = new Uint32Array(128);

/**
 * Shannon entropy of `value` in bits per character (UTF-16 code units); 0 for the empty string. Runs for every
 * candidate match, so ASCII (nearly every secret) is counted in a reused table rather than a Map.
 */
export function shannonEntropy(value: string): number {
  const length = value.length;
  if (length === 0) return 0;
  const counts = ASCII_COUNTS;
  let ascii = true;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code > 127) {
      ascii = false;
      break;
    }
    counts[code]!++;
  }
  let entropy = 0;
  if (ascii) {
    for (let i = 0; i < length; i++) {
      const code = value.charCodeAt(i);
      const count = counts[code]!;
      if (count === 0) continue; // already added
      const p = count / length;
      entropy -= p * Math.log2(p);
      counts[code] = 0;
    }
    return entropy;
  }
  counts.fill(0);
  const map = new Map<number, number>();
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    map.set(code, (map.get(code) ?? 0) + 1);
  }
  for (const count of map.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
