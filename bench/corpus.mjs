// Deterministic benchmark corpus: a monorepo-like tree of JS/TS/JSON/YAML/Markdown/env-style text, generated from a
// seeded PRNG so every run scans the same bytes. A few secrets are planted; they are generated here at run time
// (never stored in the repository) and their markers are built by concatenation so this file scans clean.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// sfc32, seeded through splitmix32: small, fast, and good enough for test data.
export function prng(seed) {
  const next = () => {
    seed = (seed + 0x9e3779b9) | 0;
    let z = seed;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = next(), b = next(), c = next(), d = next();
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

const WORDS = (
  'account action adapter address agent alert api app archive asset audit auth batch billing block buffer build ' +
  'bundle cache callback cart catalog channel chart check client cluster code column comment config connection ' +
  'context contract controller cookie core count credit cursor customer dashboard data date debug delivery device ' +
  'dialog digest domain draft driver email engine entry error event export feature feed field filter flag form ' +
  'format gateway graph group handler header health history hook host image import index input invoice item job ' +
  'key label layer layout ledger limit link list loader locale lock log lookup manager map market media member ' +
  'message meta metric mode model module monitor node notice offer option order owner package page panel parser ' +
  'patch payment peer plan plugin policy pool port post price profile project provider proxy query queue quota ' +
  'range rate reader record region release report request resource response result retry review role route rule ' +
  'runner schedule schema scope search segment sender server service session setting shard shipment signal sink ' +
  'snapshot source span stage state status step store stream style subject summary sync table tag target task ' +
  'team template tenant theme thread ticket timer token topic trace tracker transform user value vendor version ' +
  'view visitor volume wallet watcher webhook widget worker workflow zone'
).split(' ');
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const B64URL = ALNUM + '-_';
const HEX = '0123456789abcdef';

// Text generators over one seeded PRNG.
export function textKit(seed) {
  const rnd = prng(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const chars = (n, alphabet) => Array.from({ length: n }, () => pick(alphabet)).join('');
  const word = () => pick(WORDS);
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  const camel = (n = int(2, 3)) => word() + Array.from({ length: n - 1 }, () => cap(word())).join('');
  const pascal = () => cap(camel());
  const snake = () => `${word()}_${word()}`;
  const sentence = (n = int(6, 16)) => cap(Array.from({ length: n }, word).join(' ')) + '.';
  const uuid = () => [8, 4, 4, 4, 12].map((n) => chars(n, HEX)).join('-');
  const b64 = (n) => Buffer.from(Array.from({ length: n }, () => int(0, 255))).toString('base64');
  const literal = () =>
    pick([
      () => `'${camel()}'`,
      () => String(int(0, 100000)),
      () => `"${sentence(int(3, 8))}"`,
      () => `\`/api/v${int(1, 3)}/${word()}/\${${camel(2)}}\``,
      () => `'${uuid()}'`,
      () => `process.env.${snake().toUpperCase()}`,
      () => pick(['true', 'false', 'null', 'undefined']),
      () => `'#${chars(6, HEX)}'`,
    ])();

  // Code: near-miss names (token, secret, password) with non-secret values, as real code has.
  const nearMiss = () =>
    pick([
      () => `const ${camel(2)}Token = process.env.${snake().toUpperCase()}_TOKEN;`,
      () => `const passwordField = '${word()}Password';`,
      () => `headers.Authorization = \`Bearer \${${camel(2)}.accessToken}\`;`,
      () => `const secretName = '${word()}/${word()}/${word()}';`,
      () => `const apiKeyHeader = 'x-${word()}-api-key';`,
      () => `const tokenCount = ${int(1, 9000)};`,
    ])();
  const jsBody = (ts) => {
    const lines = [];
    for (let i = 0, n = int(3, 14); i < n; i++) {
      const v = camel();
      lines.push(
        pick([
          () => `  const ${v}${ts ? `: ${pick(['string', 'number', 'boolean', pascal()])}` : ''} = ${literal()};`,
          () => `  if (${camel(2)}.${camel(2)} === ${literal()}) {\n    return ${camel(2)}(${camel(2)}, ${literal()});\n  }`,
          () => `  // ${sentence()}`,
          () => `  for (const ${word()} of ${camel(2)}) {\n    ${camel(2)}.push(${word()}.${camel(2)});\n  }`,
          () => `  await this.${camel(2)}.${pick(['get', 'set', 'update', 'delete'])}(${literal()}, { ${word()}: ${literal()}, ${word()}: ${literal()} });`,
          () => `  ${nearMiss()}`,
          () => `  logger.${pick(['info', 'warn', 'debug'])}(\`${sentence(5)} \${${camel(2)}}\`);`,
        ])(),
      );
    }
    return lines.join('\n');
  };
  const jsFile = (ts) => {
    const out = [`// ${sentence()}`];
    for (let i = 0, n = int(2, 8); i < n; i++) out.push(`import { ${pascal()}, ${camel()} } from '${pick(['./', '../', '@acme/'])}${word()}${pick(['', `/${word()}`])}';`);
    out.push('');
    for (let i = 0, n = int(3, 10); i < n; i++) {
      if (rnd() < 0.3) {
        out.push(`/**\n * ${sentence()}\n * @param ${camel(2)} ${sentence(5)}\n */`);
        out.push(`export class ${pascal()} {`);
        for (let j = 0, m = int(2, 5); j < m; j++) out.push(`  ${ts ? 'public ' : ''}async ${camel()}(${camel(2)}${ts ? `: ${pascal()}` : ''}) {\n${jsBody(ts).replace(/^/gm, '  ')}\n  }\n`);
        out.push('}\n');
      } else {
        out.push(`export ${pick(['async ', ''])}function ${camel()}(${camel(2)}, ${camel(2)}${ts ? `: ${pascal()} = {}` : ' = {}'}) {\n${jsBody(ts)}\n}\n`);
      }
    }
    return out.join('\n');
  };
  const jsonValue = (depth) => {
    if (depth > 2 || rnd() < 0.5) return pick([() => int(0, 1e6), () => sentence(4), () => uuid(), () => rnd() < 0.5, () => `https://${word()}.example.com/${word()}`, () => `sha512-${b64(64)}`])();
    if (rnd() < 0.3) return Array.from({ length: int(1, 6) }, () => jsonValue(depth + 1));
    return Object.fromEntries(Array.from({ length: int(2, 6) }, () => [camel(2), jsonValue(depth + 1)]));
  };
  const jsonFile = () => JSON.stringify(Object.fromEntries(Array.from({ length: int(5, 40) }, () => [camel(2), jsonValue(0)])), null, 2) + '\n';
  const yamlFile = () =>
    pick([
      () => {
        const name = `${word()}-${word()}`;
        return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  labels:\n    app: ${name}\nspec:\n  replicas: ${int(1, 6)}\n  template:\n    spec:\n      containers:\n` +
          Array.from({ length: int(1, 4) }, () => `        - name: ${word()}\n          image: registry.example.com/${word()}:${int(1, 9)}.${int(0, 30)}.${int(0, 9)}\n          env:\n` +
            Array.from({ length: int(2, 10) }, () => { const k = snake().toUpperCase(); return rnd() < 0.3 ? `            - name: ${k}_TOKEN\n              valueFrom:\n                secretKeyRef:\n                  name: ${word()}-secrets\n                  key: ${word()}-token\n` : `            - name: ${k}\n              value: "${camel(2)}"\n`; }).join('')).join('');
      },
      () => `name: ${sentence(3)}\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n` +
        Array.from({ length: int(1, 5) }, () => `  ${word()}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: ${pick([18, 20, 22])}\n      - run: npm ci\n      - run: npm run ${word()}\n        env:\n          ${snake().toUpperCase()}_TOKEN: \${{ secrets.${snake().toUpperCase()} }}\n`).join(''),
      () => Array.from({ length: int(10, 60) }, () => `${snake()}:\n  ${word()}: ${literal()}\n  ${word()}: ${int(0, 9999)}\n  ${word()}: [${word()}, ${word()}]\n`).join(''),
    ])();
  const envFile = () => `# ${sentence()}\n` + Array.from({ length: int(5, 30) }, () => { const k = snake().toUpperCase(); return pick([`${k}=`, `${k}=${word()}`, `${k}_URL=https://${word()}.example.com`, `${k}_PASSWORD=changeme`, `${k}_PORT=${int(1000, 9999)}`]); }).join('\n') + '\n';
  const mdFile = () => `# ${sentence(4)}\n\n` + Array.from({ length: int(3, 20) }, () => rnd() < 0.2 ? `\`\`\`js\n${jsBody(false)}\n\`\`\`\n` : `${Array.from({ length: int(2, 6) }, () => sentence()).join(' ')}\n`).join('\n');
  // Minified bundle: long lines, the worst case for line-oriented scanners.
  const bundleFile = (bytes) => {
    let s = '!function(){"use strict";';
    while (s.length < bytes) s += `var ${chars(2, 'abcdefghijklmnopqrstuvwxyz')}=function(${chars(1, 'abcdefghij')}){return ${literal()}+"${sentence(3)}"};`;
    return s + '}();\n';
  };
  const lockFile = (n) => JSON.stringify({ name: 'acme', lockfileVersion: 3, packages: Object.fromEntries(Array.from({ length: n }, () => { const p = `${word()}-${word()}`; return [`node_modules/${p}`, { version: `${int(0, 9)}.${int(0, 20)}.${int(0, 20)}`, resolved: `https://registry.npmjs.org/${p}/-/${p}.tgz`, integrity: `sha512-${b64(64)}`, dev: rnd() < 0.5 }]; })) }, null, 2) + '\n';

  return { rnd, int, pick, chars, word, camel, sentence, jsFile, jsonFile, yamlFile, envFile, mdFile, bundleFile, lockFile };
}

/** Writes the corpus under `root` (replacing it); returns its size, its paths and where secrets were planted. */
export function generateCorpus(root, { seed = 20250101, files: fileCount = 3000 } = {}) {
  const { rnd, int, pick, chars, word, camel, jsFile, jsonFile, yamlFile, envFile, mdFile, bundleFile, lockFile } = textKit(seed);
  const kinds = [
    [0.3, 'ts', () => jsFile(true)],
    [0.25, 'js', () => jsFile(false)],
    [0.12, 'json', jsonFile],
    [0.14, 'yaml', yamlFile],
    [0.12, 'md', mdFile],
    [0.07, 'env', envFile],
  ];
  const files = new Map();
  const packages = Array.from({ length: 40 }, () => `${word()}-${word()}`);
  for (let i = 0; files.size < fileCount; i++) {
    let r = rnd();
    const [, kind, make] = kinds.find(([w]) => (r -= w) < 0) ?? kinds[0];
    const pkg = `packages/${pick(packages)}`;
    const path = {
      ts: () => `${pkg}/src/${word()}/${camel(2)}.ts`,
      js: () => `${pkg}/${pick(['lib', 'src', 'test'])}/${word()}/${camel(2)}.js`,
      json: () => `${pkg}/${pick(['fixtures', 'data', 'config'])}/${camel(2)}.json`,
      yaml: () => `${pick(['deploy/k8s', '.github/workflows', `${pkg}/config`])}/${word()}-${word()}.yaml`,
      md: () => `${pick(['docs', pkg])}/${word()}-${word()}.md`,
      env: () => `${pkg}/${pick(['.env.example', `config/${word()}.properties`, `config/${word()}.ini`])}`,
    }[kind]();
    files.set(path, make());
  }
  files.set('package-lock.json', lockFile(4000));
  for (let i = 0; i < 4; i++) files.set(`vendor/bundle-${i}.min.js`, bundleFile(600_000));
  files.set('.gitignore', 'node_modules/\ndist/\ncoverage/\n.env\n');

  // Planted secrets: OpenAI project keys (74 + marker + 74 base64url characters) and generic passwords.
  const openaiKey = () => 'sk-' + 'proj-' + chars(74, B64URL) + 'T3Blbk' + 'FJ' + chars(74, B64URL);
  const password = () => chars(20, ALNUM);
  const planted = [
    ['packages/ai-client/src/openai.ts', (k) => `import OpenAI from 'openai';\n\nexport const client = new OpenAI({\n  apiKey: "${k}",\n});\n`, openaiKey],
    ['deploy/helm/values.yaml', (k) => `replicaCount: 2\nopenai:\n  apiKey: ${k}\n  model: gpt-4o\n`, openaiKey],
    ['scripts/seed.py', (k) => `import os\n\nDATABASE = "postgres"\npassword = "${k}"\n`, password],
    ['config/database.yml', (k) => `production:\n  adapter: postgresql\n  password: "${k}"\n`, password],
    ['services/mailer/.env.production', (k) => `SMTP_HOST=smtp.example.com\nSMTP_PASSWORD=${k}\n`, password],
  ].map(([path, render, make]) => {
    const text = render(make());
    files.set(path, text);
    const line = text.split('\n').findIndex((l) => /apiKey|password/i.test(l)) + 1;
    return { path, line, kind: make === openaiKey ? 'openai' : 'generic' };
  });
  // Append a key to an existing large file too: a needle in a haystack.
  const hay = [...files.keys()].filter((p) => p.endsWith('.js'))[7];
  const before = files.get(hay);
  files.set(hay, `${before}\nexport const OPENAI_API_KEY = '${openaiKey()}';\n`);
  planted.push({ path: hay, line: before.split('\n').length + 1, kind: 'openai' });

  rmSync(root, { recursive: true, force: true });
  writeFiles(root, files);
  let bytes = 0;
  for (const text of files.values()) bytes += Buffer.byteLength(text);
  return { files: files.size, bytes, paths: [...files.keys()], planted };
}

/**
 * A typical commit for the pre-commit benchmark: appends a function to count/2 existing source files and adds
 * count/2 new ones (no secrets). Returns the paths it wrote, for `git add`.
 */
export function editForCommit(root, paths, { seed = 7, count = 20 } = {}) {
  const { rnd, pick, camel, jsFile } = textKit(seed);
  const sources = paths.filter((p) => /\.(?:ts|js)$/.test(p) && !p.startsWith('vendor/'));
  const edits = new Map();
  while (edits.size < count / 2) {
    const path = pick(sources);
    edits.set(path, `${readFileSync(join(root, path), 'utf8')}\n${jsFile(path.endsWith('.ts')).split('\n\n').slice(-3).join('\n\n')}`);
  }
  while (edits.size < count) {
    const ts = rnd() < 0.5;
    edits.set(`${pick(sources).replace(/[^/]+$/, '')}${camel(2)}New.${ts ? 'ts' : 'js'}`, jsFile(ts));
  }
  writeFiles(root, edits);
  return [...edits.keys()];
}

function writeFiles(root, files) {
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
