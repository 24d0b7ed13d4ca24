/**
 * V8 runs a regex's first exec in its bytecode interpreter, compiling it to bytecode, and compiles it again, to
 * native code, when it runs again; on a subject of 1000 characters or more it compiles native code at once (V8's
 * JSRegExp::kTierUpForSubjectLengthValue). A hook runs every regex it uses cold, most of them on short strings (a
 * candidate's name, value or path), and native code alone costs much less to make than bytecode and then native
 * code (a third, for an allowlist's alternation of ten names). `primed` runs the regex once on such a subject, where
 * it fails at once or matches without consequence: only for patterns that run in linear time (the built-in rules',
 * the scanner's own), never a repository's.
 */
export function primed<R extends RegExp>(regex: R): R {
  regex.test((primer ??= '\0'.repeat(1024)));
  regex.lastIndex = 0;
  return regex;
}

let primer: string | undefined;
