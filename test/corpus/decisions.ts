import type { PeerCase } from './peer-cases.ts';

/**
 * Where leakwarden disagrees with a peer's own verdict on purpose, and why. The first decision that matches a case
 * gives the expected outcome; a case no decision matches must come out as the peer says. Every decision must match
 * at least one case (the test checks), so this list cannot rot silently.
 */
export interface Decision {
  readonly match: (c: PeerCase) => boolean;
  /** Whether leakwarden's rule for the family reports the case. */
  readonly report: boolean;
  readonly why: string;
}

const id = (...ids: string[]) => (c: PeerCase) => ids.includes(c.id);
const rule = (peer: string, name: string, list?: PeerCase['list']) => (c: PeerCase) =>
  c.peer === peer && c.rule === name && (list === undefined || c.list === list);

export const DECISIONS: readonly Decision[] = [
  // --- scope ------------------------------------------------------------------------------------------------
  {
    match: (c) => c.family === '1password-secret-reference',
    report: false,
    why: 'op:// references are the safe way to write a secret; no rule may report them (their ID segments look random)',
  },
  {
    match: (c) => c.family === 'jwt' && c.peerSays,
    report: false,
    why: 'a JWT is a 1Password Connect token only when its claims say so (iss com.1password.b5, aud com.1password.secretservice, 1password.com/* claims); other JWTs are out of scope',
  },
  {
    match: (c) => c.peer === 'detect-secrets' && /HighEntropyString$/.test(c.rule) && c.peerSays,
    report: false,
    why: 'generic-secret needs a secret-looking name; bare quoted high-entropy strings are mostly hashes, ids and test vectors (detect-secrets users drown in them)',
  },
  {
    match: rule('osv-scalibr', 'secrets/onepasswordconnecttoken (FileRequired)', 'negatives'),
    report: true,
    why: 'the credentials JSON is detected by its content under any file name (osv-scalibr only opens *1password*.json files)',
  },
  {
    match: (c) => c.peer === 'trufflehog' && ((c.rule === 'openai' && c.list === 'negatives') || (c.rule === 'openaiadmin' && c.list === 'negatives' && /T3BlbkFJ/.test(c.value) && !/short|ABCDEFGH/.test(c.value))),
    report: true,
    why: 'one rule covers every OpenAI key variant; trufflehog splits admin keys (openaiadmin) from the rest (openai), so each of its rules rejects the other variant',
  },
  {
    match: id(
      'detect-secrets/filters.heuristic.is_likely_id_string/positives[3]',
      'detect-secrets/filters.heuristic.is_likely_id_string/positives[4]',
    ),
    report: false,
    why: 'credentials in URLs and AWS access key ids are not families this scanner covers yet (no secret-looking name is assigned)',
  },

  // --- placeholders, synthetic and edited values --------------------------------------------------------------
  {
    match: (c) => c.peerSays && c.value.replaceAll('-', '').includes('A3ASWWYB798JRYLJVD423DC286TVMH43EB'),
    report: false,
    why: 'the Secret Key printed in 1Password\'s security white paper is a documentation example, copied into READMEs and docs: reporting it is a false alarm on real code (issue 13)',
  },
  {
    match: (c) => c.peer === 'osv-scalibr' && /^onepasswordkeys\./.test(c.rule) && c.peerSays,
    report: false,
    why: 'osv-scalibr has no entropy or structure check: X/Y/Z placeholder Secret Keys, all-x or alphabet-run ops_ bodies that decode to no JSON, alphabet-run recovery codes, and keys glued to "extra" are placeholders, not credentials',
  },
  {
    match: (c) => c.peer === 'osv-scalibr' && c.rule === 'openai.Detector' && c.peerSays,
    report: false,
    why: 'the halves around T3BlbkFJ differ in length or are typed sequences (12345…, AbCdEf…, FakeTest); real keys have two random halves of equal length',
  },
  {
    match: (c) => (c.peer === 'kingfisher' && c.rule.startsWith('kingfisher.openai.1') && /T4BlbkFJ/.test(c.value)) || (c.peer === 'noseyparker' && c.rule.startsWith('np.openai.1')),
    report: false,
    why: 'the example carries T4BlbkFJ, not the T3BlbkFJ marker every real key has; the peers match any sk- + 48 characters',
  },
  {
    match: (c) => c.peer === 'kingfisher' && c.rule.startsWith('kingfisher.openai.3'),
    report: false,
    why: 'sk-None- + an alphabet and digit run, without the T3BlbkFJ marker: a synthetic sequence',
  },
  {
    match: (c) => c.peer === 'kingfisher' && c.rule.startsWith('kingfisher.1password.3'),
    report: false,
    why: '1PRK-ABCD-EFGH-…: an alphabet run, not a recovery code',
  },
  {
    match: rule('secretlint', '@secretlint/secretlint-rule-openai', 'positives'),
    report: false,
    why: 'every key in the snapshot has its random half edited to end in "test"; edited fixtures are not live keys',
  },
  {
    match: rule('1Password first-party repositories', 'shell-plugins openai APIKey fixture', 'positives'),
    report: false,
    why: 'no T3BlbkFJ marker and an EXAMPLE suffix: a documentation fixture (marker-based peers agree)',
  },
  {
    match: id('trufflehog/generic/positives[0]'),
    report: false,
    why: 'the value is a typed alphabet walk (…aBcD5fGiJkLmN9OpQrStUvWxY…); generic-secret drops sequential runs',
  },
  {
    match: id('noseyparker/np.generic.1 (Generic Secret)/known_misses[1]'),
    report: false,
    why: '"abcdefg12346…" starts with an alphabet run: dropped as synthetic (noseyparker misses it too)',
  },
  {
    match: id('noseyparker/np.generic.1 (Generic Secret)/known_misses[2]'),
    report: false,
    why: '"Ldap password ---- value" is prose, not an assignment; generic-secret reads assignments only (noseyparker misses it too)',
  },
  {
    match: id('gitleaks/generic-api-key/positives[4]'),
    report: false,
    why: 'the value is a UUID; UUIDs are identifiers far more often than secrets (formats.md §9), so generic-secret drops them',
  },
  {
    match: id('gitleaks/generic-api-key/negatives[42]'),
    report: true,
    why: 'a 32-hex value assigned to apiKey is exactly what a leaked API key looks like; gitleaks drops it only through its minified-JS context',
  },
  {
    match: id('gitleaks/global-allowlist (paths)/negatives[21]'),
    report: true,
    why: 'a "Lib/" folder is not necessarily a Python install; generic-secret skips site-packages, lib/pythonX.Y and *.dist-info, not every Lib/',
  },

  // --- values a peer's filter keeps, that still fall below what any rule reports ------------------------------
  {
    match: (c) => c.kind === 'filter' && c.peerSays && /^(?:aaaaaaaaaaaaaaaaaaabaa|sdfdsfsfsdfd|notafp123|BEEF1234|a&b23\?!)$/.test(c.value),
    report: false,
    why: 'kept by the peer\'s filter, but too short (under 10 characters), repetitive, or a word with a number: not random enough for the generic scorer',
  },
  {
    match: (c) => c.kind === 'filter' && c.peerSays && /hunter2/.test(c.value),
    report: false,
    why: '"hunter2" is 7 characters: below generic-secret\'s length and entropy floors',
  },
  {
    match: (c) => c.kind === 'filter' && c.peerSays && /^(?:pas\*+d|\$\{not_complete1|@username@mastodon\.example|f795f7db-2dfe-4095-96f3-8f8370c735f9)$/.test(c.value),
    report: false,
    why: 'masked (***), an unterminated ${ reference, an e-mail address with "example", or a UUID: values generic-secret drops on purpose',
  },
];
