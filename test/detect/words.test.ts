import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishWords, parseWords, WordList } from '../../src/detect/words.ts';

/** The obvious reading of the format, one line at a time: what parseWords' faster passes must agree with. */
function lineByLine(text: string): Set<string> {
  const words = new Set<string>();
  for (const line of text.split('\n')) {
    const word = line.trim().toLowerCase();
    if (word !== '' && !word.startsWith('#')) words.add(word);
  }
  return words;
}

describe('parseWords', () => {
  it.each([
    ['plain words', 'alpha\nbeta\n'],
    ['comments, blank lines, CRLF, capitals and spaces', '# a comment\nfoo\r\nBar\n  baz \n\n\nqux'],
    ['only comments', '#x\n#\n'],
    ['nothing', ''],
    ['one word written three ways', 'word\n word\nWORD'],
    ['a normalised line equal to a later irregular one', 'A-B\na-b\nFoo\nfoo \nfoo'],
    ['digits and inner punctuation', 'ab1\na-b\nx y\n1st'],
  ])('%s: as read line by line', (_name, text) => {
    expect([...parseWords(text)].sort()).toEqual([...lineByLine(text)].sort());
  });

  it('reads rules/words.txt as read line by line', () => {
    const text = readFileSync(new URL('../../rules/words.txt', import.meta.url), 'utf8');
    expect(parseWords(text)).toEqual(lineByLine(text));
    expect(englishWords().size).toBe(lineByLine(text).size);
  });
});

describe('WordList', () => {
  /** Bare lower-case words (what the scorer looks up), and the odd ones, of a text and around it. */
  function probes(text: string): string[] {
    const found = new Set<string>(['', 'a', 'zz', 'qqqq', '#', '# a comment', 'Foo', 'foo ', 'x y']);
    for (const line of text.split('\n')) {
      found.add(line);
      const word = line.trim().toLowerCase();
      found.add(word);
      found.add(`${word}s`);
      found.add(word.slice(1));
      found.add(word.slice(0, -1));
    }
    return [...found];
  }

  it.each([
    ['plain words, unsorted', 'beta\nalpha\nbanana\nalp\n'],
    ['comments, blank lines, CRLF, capitals and spaces', '# a comment\nfoo\r\nBar\n  baz \n\n\nqux\nfoo2\nfo'],
    ['a letter at both ends of the file', 'apple\nzebra\nant'],
    ['only comments', '#x\n#\n'],
    ['nothing', ''],
  ])('%s: answers as the set parseWords makes, before and after it builds it', (_name, text) => {
    const expected = parseWords(text);
    const list = new WordList(text);
    for (const word of probes(text)) expect(list.has(word), JSON.stringify(word)).toBe(expected.has(word));
    expect(new Set(list)).toEqual(expected);
    for (const word of probes(text)) expect(list.has(word), JSON.stringify(word)).toBe(expected.has(word));
  });

  it('answers for rules/words.txt as its set, past the lookups it answers from the text', () => {
    const text = readFileSync(new URL('../../rules/words.txt', import.meta.url), 'utf8');
    const expected = parseWords(text);
    const list = new WordList(text);
    const words = [...expected].slice(0, 300);
    const others = words.map((word) => `${word}q`);
    for (const word of [...words, ...others, ...words, ...others]) expect(list.has(word), word).toBe(expected.has(word));
  });

  it('rules/words.txt is sorted, so that the lines of a letter are together (a lookup searches only those)', () => {
    const lines = readFileSync(new URL('../../rules/words.txt', import.meta.url), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(lines).toEqual([...lines].sort());
  });
});
