// Kind (dialog53, d120-22#2): a stance asked, as a yes/no, of a party the article never gives one for — "does the
// us oppose it?" after Putin's stand on a Palestinian state, "is israel against a ceasefire?", "does hamas back
// talks resuming?", "is the eu for it?". The article reports what Putin, the Kremlin and the Foreign Ministry stand
// for, and what Putin faults the US for (failing to address the Palestinians' aspiration, monopolizing peace
// efforts) — never whether the US, Israel, Hamas, Turkey, the EU or the UN oppose or back anything. The claim
// checker read "the us opposes a palestinian state" against "Putin acknowledges the need for a Palestinian state"
// (the US named in that sentence) and its opposite became a false No. English twin of entry-voice.ts's Russian
// stanceOfNoVoice; verdict-read.ts asks it before the checker. A party that voices one of the answer's quotes, the
// article's named voices (Erdogan: partner-stance.ts), Russia, the Palestinians (their aspiration is reported) and
// the negotiations (the Quartet, US and EU in it, was formed to facilitate them) are left to the other readers.
import type { Answer } from "../answering/types.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";
import type { SpeakerNames } from "./speakers.js";

/** "does X oppose …?", "is X against …?", "X backs …?": the subject first (at most three words), then the stance. */
const STANCE_EN =
  /^(?:(?:and|so|but|well|then|ok|okay)[, ]+)?(?:(?:does|do|did|is|are|was|were) )?(.{2,30}?) (?:(?:really|actually|also|even|too|then) )?(?:oppos(?:e|es|ed)(?: to)?|against|support(?:s|ed)?|back(?:s|ed)?|favou?r(?:s|ed)?|in favou?r of|for|reject(?:s|ed)?|endors(?:e|es|ed)|want(?:s|ed)?) (.{1,60}?)\s*[?!.]*$/u;
/** The parties whose stance the article never gives. */
const SILENT = new Set(["us", "israel", "hamas", "turkey", "europe", "un", "china", "iran"]);
/** Things some of them are reported to take part in or to have done: not read here. */
const REPORTED_THING =
  /(?<!\p{L})(?:negotiat\p{L}*|talks|dialogue|peace process|quartet|monopol\p{L}*|overlook\p{L}*|fail\p{L}*|ignor\p{L}*|polic\p{L}*|compromis\p{L}*)(?!\p{L})/u;
const MAX_CHARS = 100;

/** Whether an English yes/no asks a stance of a party the article reports none of, with no quote of its own. */
export function stanceOfSilentParty(
  folded: string,
  answer: Answer,
  speakers: SpeakerNames,
  parties: Parties,
): boolean {
  if (folded.length > MAX_CHARS) return false;
  const m = STANCE_EN.exec(folded);
  if (!m?.[1] || !m[2] || REPORTED_THING.test(m[2])) return false;
  const subject = m[1].replace(/^(?:does|do|did|is|are|was|were) /, "");
  if (speakers.namedIn(subject).length > 0) return false;
  const asked = partyMentions(parties, subject);
  // The whole subject is the party ("the us", "israel", "the israeli government"), not a clause naming one.
  if (asked.length !== 1 || !SILENT.has(asked[0]!.id) || subject.split(" ").length > 3) return false;
  if (asked[0]!.start !== 0 && !/^the /.test(subject)) return false;
  return !answer.quotes.some((q) => q.speakerId === asked[0]!.id);
}
