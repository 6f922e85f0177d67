/**
 * The committed word vectors' word list (server/data/claim-search/word-vectors/words.txt),
 * front-coded: the words in sorted order, each line the length of the prefix it shares with the
 * word before as one base-36 digit (0-9, a-z: at most 35), then the rest of the word. About
 * half the size of a plain list of the same words.
 */
const MAX_SHARED_PREFIX = 35;

export function encodeFrontCodedWords(sortedWords: readonly string[]): string {
  let previous = "";
  const lines = sortedWords.map((word) => {
    let shared = 0;
    while (shared < MAX_SHARED_PREFIX && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
    previous = word;
    return shared.toString(36) + word.slice(shared);
  });
  return `${lines.join("\n")}\n`;
}

export function decodeFrontCodedWords(text: string): string[] {
  const words: string[] = [];
  let previous = "";
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const shared = Number.parseInt(line[0] as string, 36);
    if (Number.isNaN(shared) || shared > previous.length) throw new Error(`front-coded word list: bad line ${JSON.stringify(line)} after ${JSON.stringify(previous)}`);
    previous = previous.slice(0, shared) + line.slice(1);
    words.push(previous);
  }
  return words;
}
