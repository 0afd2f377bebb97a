// A Russian attribution before the article's English words: «Песков: "the Kremlin aims to …"», «МИД РФ: "The
// Russian Foreign Ministry stresses …"», «В статье сказано: "it also shares …"», «Путин заявил, что "…"». The
// English reader could not read the Cyrillic name ("Песков" was a speaker it did not know, so the article's own
// words were misattributed), and the Russian one cannot read an English statement. The frame is read by the
// Russian frame reader, its name resolved among the Russian speakers (the article itself for «в статье сказано /
// говорится / пишут»), and the claim is read in English as "Dmitry Peskov: "…"". A name no speaker has stays as
// typed (still a speaker the article does not know: misattributed when the words are another's); a denied frame
// («Песков не говорил …») is left as it came.
import type { Claimed } from "./claim-names.js";
import { parseRussianFrame } from "./russian-frames.js";
import { RUSSIAN_ARTICLE_WORDS } from "./russian-names.js";

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** What the lead needs: a Russian name's speaker, and a speaker's English name. */
export interface RussianLeadParts {
  russianSpeaker: (name: string) => Claimed;
  englishName: (id: string) => string | undefined;
}

/** The claim with a Russian frame before an English statement put in English; the text as it came otherwise. */
export function withRussianLead(text: string, { russianSpeaker, englishName }: RussianLeadParts): string {
  if (!CYRILLIC.test(text) || !LATIN.test(text)) return text;
  const frame = parseRussianFrame(text);
  if (frame.name === null || frame.negated) return text;
  const name = frame.name;
  // The name all Russian, the statement all English.
  if (LATIN.test(name) || CYRILLIC.test(frame.statement) || !LATIN.test(frame.statement)) return text;
  const words = name.toLowerCase().split(/[^\p{L}]+/u);
  const speaker = words.some((w) => RUSSIAN_ARTICLE_WORDS.has(w))
    ? "The article"
    : (() => {
        const id = russianSpeaker(name)?.id;
        return id === null || id === undefined ? name.trim() : (englishName(id) ?? name.trim());
      })();
  const statement = frame.quoted ? `"${frame.statement}"` : frame.statement;
  return `${speaker}: ${statement}`;
}
