/** Longer messages are read up to here: reading stays bounded in time whatever is pasted. */
export const maxDescriptionChars = 8000;

export interface DescriptionWord {
  /** Lower-case, after synonyms; "" for a clause boundary. */
  text: string;
  /**
   * A clause ends here (. , ; ! ? or a word of contrast such as "but"): a negation does not reach past it,
   * nor does a gap. A colon does not end one:
   * pasted output reads "TcpTestSucceeded : True".
   */
  boundary: boolean;
  /** Where the word came from in the cleaned message. */
  start: number;
  end: number;
}

// One pass that cannot backtrack (each repetition must start with a separator the one before cannot end
// with): a word of letters and digits, with inner dots or apostrophes ("1.0", "can't"), and an optional
// slash with the letters after it as in "w/" and "w/o"; or a clause mark, unless a word follows at once
// (".rdp" is a word, not a full stop). Everything else (control and bidi characters, replaced first) separates.
const token = /[\p{L}\p{N}]+(?:[.'][\p{L}\p{N}]+)*(?:\/[\p{L}\p{N}]*)?|[.,;!?](?![\p{L}\p{N}])/gu;
// Words that start a contrasting clause: "no VPN though only me" is two statements.
const contrastWords = new Set(["but", "however", "whereas", "although", "though"]);
const invisible = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029]/gu;
// An address typed out is read as the word people use for it: "mstsc 10.1.4.22 works" says "ip works".
const ipv4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * A message as the words the flow's `says` are written in: cut to `maxDescriptionChars`, NFKC-normalised
 * (full-width letters become plain ones), control, format and bidi characters replaced by spaces, lower-case,
 * curly apostrophes straightened, and each word replaced by its synonym (which may be several words); an IPv4
 * address becomes the word "ip".
 */
export function tokenizeDescription(
  text: string,
  synonyms: Readonly<Record<string, string>>,
): { words: DescriptionWord[]; source: string } {
  const source = text
    .slice(0, maxDescriptionChars)
    .normalize("NFKC")
    .replace(invisible, " ")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'");
  const words: DescriptionWord[] = [];
  for (const match of source.matchAll(token)) {
    const start = match.index;
    const end = start + match[0].length;
    const raw = match[0];
    if (/^[.,;!?]$/.test(raw) || contrastWords.has(raw)) {
      words.push({ text: "", boundary: true, start, end });
      continue;
    }
    // A slash no synonym knows separates: "and/or" is two words, "w/" without its synonym is "w".
    const bare = synonyms[raw] === undefined ? raw.split("/").filter((w) => w !== "") : [raw];
    for (const word of bare)
      for (const part of (synonyms[word] ?? (ipv4.test(word) ? "ip" : word)).split(" "))
        words.push({ text: part, boundary: false, start, end });
  }
  return { words, source };
}
