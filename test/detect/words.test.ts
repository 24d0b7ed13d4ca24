import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishWords, parseWords } from '../../src/detect/words.ts';

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
