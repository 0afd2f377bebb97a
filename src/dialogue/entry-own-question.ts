// A yes/no question against an entry's own words: whether it asks the entry's own question, says the opposite
// of the entry's point, or turns its stance ("reject"); and the question rewritten to find that entry by.
import { stemmer } from "stemmer";
import type { Entry } from "../knowledge/index.js";
import type { Conversation } from "./conversation-file.js";
import { fold } from "./language.js";
import type { SpeakerNames } from "./speakers.js";

/** Being against something ("reject", "oppose", "cut ties"); not "end"/"stop", which may be a goal ("end the war"). */
export const AGAINST =
  /(?<!\p{L})(?:reject\p{L}*|refus\p{L}*|oppos\p{L}*|against|den(?:y|ies|ied)|(?:cut|cuts|break|breaks|broke|broken|breaking)(?: off)?|abandon\p{L}*|dropp?\p{L}*|sever\p{L}*|dismiss\p{L}*|(?:turn|turns|turned|turning) down|(?:rule|rules|ruled|ruling) out|said no to|say no to)(?!\p{L})/u;

/** The question without its word of being against ("did Putin turn down a ceasefire?" -> "did Putin a ceasefire?"). */
export function withoutAgainst(folded: string): string | null {
  const m = AGAINST.exec(folded);
  return m ? `${folded.slice(0, m.index)} ${folded.slice(m.index + m[0].length)}`.replace(/\s+/g, " ") : null;
}

/** Words that turn a question's sense back ("not", "fail to", "without"): an opposite beside one is no opposite. */
const NEGATING =
  /(?<!\p{L})(?:not|never|no|nor|не|ни|нет|fail\p{L}*|without|lack\p{L}*|ignor\p{L}*|overlook\p{L}*|neglect\p{L}*|end|ends|ending|ended|stop\p{L}*|halt\p{L}*|cease\p{L}*|against|instead)(?!\p{L})|n't(?!\p{L})/u;

/** "defend itself", «защищать себя»: a deed on oneself, not the opposite of a charge against another (dialog36). */
const REFLEXIVE_AFTER = /^ (?:itself|themselves|himself|herself|oneself|себя|себе)(?!\p{L})/u;

/** The question says the opposite of the entry's point in the curators' words, plainly, about the entry's speakers. */
export function saysOpposite(
  folded: string,
  entry: Entry,
  deps: { conversation: Conversation; speakers: SpeakerNames },
): boolean {
  return oppositeSaid(folded, entry, deps) !== null;
}

/** The curators' opposite the question says (saysOpposite), or null. */
export function oppositeSaid(
  folded: string,
  entry: Entry,
  deps: { conversation: Conversation; speakers: SpeakerNames },
): RegExpExecArray | null {
  const opposite = deps.conversation.opposites?.get(entry.id)?.pattern.exec(folded);
  if (!opposite) return null;
  if (NEGATING.test(folded.replace(opposite[0], " "))) return null;
  if (
    REFLEXIVE_AFTER.test(
      folded.slice(opposite.index + opposite[0].length, opposite.index + opposite[0].length + 12),
    )
  )
    return null;
  const own = entryWords(entry, deps.speakers);
  return deps.speakers.namedIn(folded).every((n) => own.speakers.has(n.id)) ? opposite : null;
}

/**
 * "Does Putin think the US did a good job?": the question with its opposite word put back as the entry's own
 * word ("…did a failed…"), for the engine to find the entry by; null when it names no entry's opposite.
 */
export function withEntryWords(
  folded: string,
  conversation: Conversation,
): { id: string; question: string }[] {
  const out: { id: string; question: string }[] = [];
  for (const [id, { word, pattern }] of conversation.opposites ?? []) {
    const m = pattern.exec(folded);
    if (m)
      out.push({ id, question: `${folded.slice(0, m.index)}${word}${folded.slice(m.index + m[0].length)}` });
  }
  return out;
}

const stemOf = (w: string) => stemmer(w);
const GLUE = new Set(
  `is are was were do does did has have had can could will would should the a an of to in on at by for with and
  or not that this it its he his him they them their any about from as be been really actually ever yet still
  now having being there one idea`.split(/\s+/),
);

/**
 * The question with the speakers it names cut out, and the entry's own words — or null when the question is not the
 * entry's to answer: "Does Putin like Erdogan?" (a feeling the engine's concepts drop as filler is still the
 * question's point) or "Did Putin threaten Israel?" where the entry neither quotes nor names Putin.
 */
function withoutSpeakers(folded: string, entry: Entry, speakers: SpeakerNames) {
  const named = speakers.namedIn(folded);
  const own = entryWords(entry, speakers);
  const feeling = FEELING.exec(folded)?.[0];
  if (feeling && ![entry.question, ...entry.phrasings].some((p) => fold(p).includes(feeling))) return null;
  if (named.some((n) => !own.speakers.has(n.id))) return null;
  let rest = folded;
  for (const n of [...named].reverse()) rest = `${rest.slice(0, n.start)} ${rest.slice(n.end)}`;
  return { named, own, rest };
}

/**
 * A curated verdict answers the entry's own question only: every word of the question must be one the entry's
 * phrasings or keywords use ("did Putin reject a ceasefire?" has "reject", which no ceasefire phrasing does).
 */
export function asksEntryOwnQuestion(
  folded: string,
  entry: Entry,
  speakers: SpeakerNames,
  terms?: (text: string) => string[],
): boolean {
  const read = withoutSpeakers(folded, entry, speakers);
  if (!read) return false;
  const { named, own, rest } = read;
  // By the engine's concepts when it offers them: every concept of the question is one of a single phrasing of
  // the entry (or of its keywords): "does Putin want the fighting to go on?" is no ceasefire phrasing's question.
  if (terms) {
    const asked = terms(rest).filter((t) => !t.startsWith("@") && !GLUE.has(t));
    const { phrasings, keywords } = entryTerms(entry, terms);
    // Who the question is about is no keyword's to supply: "does Israel want a ceasefire?" names a party no
    // ceasefire phrasing has (its keyword "Israel" only says where).
    const subject = named[0] !== undefined && named[0].start <= FIRST_WORDS ? undefined : asked[0];
    if (subject !== undefined && !phrasings.some((p) => p.has(subject))) return false;
    return phrasings.some((p) => asked.every((t) => p.has(t) || keywords.has(t)));
  }
  return rest
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 2 && !GLUE.has(w))
    .every((w) => own.vocabulary.has(stemOf(w)));
}

/**
 * The question's every concept is one the entry itself gives — in any of its phrasings, keywords, its answer or
 * its quotes — with its subject one of a phrasing's and every speaker named one of the entry's. Wider than
 * asksEntryOwnQuestion (one phrasing holds them all): "does moscow keep contacts with the palestinians as well as
 * israel" has the contact entry's words in two phrasings, "does putin see the latest violence as proof of
 * anything" the US-policy entry's answer ("a clear indication"), and read as no phrasing's question both were
 * "doesn't say (so in those words)" under the very passage that says it (dialog31). A curated verdict answers it
 * only where the claim checker reads no change (yes-no's verdictRead).
 */
export function entryBacksQuestion(
  folded: string,
  entry: Entry,
  speakers: SpeakerNames,
  terms: (text: string) => string[],
  /** Words the claim checker found no passage for ("bad", "bombing"): each must be one of the entry's concepts. */
  unbacked: readonly string[] = [],
): boolean {
  const read = withoutSpeakers(folded, entry, speakers);
  if (!read) return false;
  const { named, rest } = read;
  const asked = terms(rest).filter((t) => !t.startsWith("@") && !GLUE.has(t) && !LIGHT.has(t));
  if (asked.length === 0) return false;
  const { phrasings, keywords } = entryTerms(entry, terms);
  const subject = named[0] !== undefined && named[0].start <= FIRST_WORDS ? undefined : asked[0];
  if (subject !== undefined && !phrasings.some((p) => p.has(subject))) return false;
  const said = saidTerms(entry, terms);
  const backs = (t: string) => keywords.has(t) || said.has(t) || phrasings.some((p) => p.has(t));
  // A word the checker found nowhere, which the engine's concepts drop as filler ("did he say anything *bad*",
  // "slam israel for the *bombing*"), is a detail of the asker's the entry does not give.
  // A word that is part of a concept of the question the entry backs ("holding … responsible" is blame) is backed.
  const all = asked.join(" ");
  for (const word of unbacked) {
    const own = terms(word).filter((t) => !GLUE.has(t));
    // "the u.s. blew it *according to putin*": a speaker's name (every one named is the entry's, above) is the
    // attribution the entry carries, no detail of the asker's (dialog-r2-31b).
    if (own.length > 0 && own.every((t) => t.startsWith("@"))) continue;
    if (own.length > 0 && own.every((t) => LIGHT.has(t) || backs(t))) continue;
    const without = rest.replace(new RegExp(`(?<!\\p{L})${escaped(word)}(?!\\p{L})`, "u"), " ");
    const part =
      without !== rest &&
      terms(without)
        .filter((t) => !t.startsWith("@") && !GLUE.has(t) && !LIGHT.has(t))
        .join(" ") !== all;
    if (!part) return false;
  }
  return asked.every(backs);
}

/** Whether each of these words is a light verb ("holding" in "holding Washington responsible"), no detail. */
export function lightOnly(words: readonly string[], terms: (text: string) => string[]): boolean {
  return words.every((w) => {
    const own = terms(w).filter((t) => !GLUE.has(t));
    return own.length > 0 && own.every((t) => LIGHT.has(t));
  });
}

/** Verbs that carry no point of their own beside the concept they go with: "*hold* them responsible", "*take* it as a sign". */
const LIGHT = new Set(["hold", "take", "put", "get", "make", "give", "have", "keep"]);

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const saidOf = new WeakMap<Entry, Set<string>>();

/** The concepts of an entry's answer and quotes; worked out once per entry. */
function saidTerms(entry: Entry, terms: (text: string) => string[]): Set<string> {
  let out = saidOf.get(entry);
  if (!out) {
    out = new Set([entry.answer, ...entry.quotes.map((q) => q.text)].flatMap((t) => terms(t)));
    saidOf.set(entry, out);
  }
  return out;
}

const FEELING =
  /(?<!\p{L})(?:like|likes|liked|love|loves|loved|hate|hates|hated|trust|trusts|trusted|admire|admires|respect|respects|dislike|dislikes|fear|fears|feared)(?!\p{L})/u;

/** A name this near the start is the question's subject ("does Putin…", "is the Kremlin…"). */
const FIRST_WORDS = 12;

const ownTerms = new WeakMap<Entry, { phrasings: Set<string>[]; keywords: Set<string> }>();

/** An entry's phrasings and keywords as the engine's concepts; worked out once per entry. */
function entryTerms(
  entry: Entry,
  terms: (text: string) => string[],
): { phrasings: Set<string>[]; keywords: Set<string> } {
  let out = ownTerms.get(entry);
  if (!out) {
    out = {
      phrasings: [entry.question, ...entry.phrasings].map((p) => new Set(terms(p))),
      keywords: new Set(entry.keywords.flatMap((k) => terms(k))),
    };
    ownTerms.set(entry, out);
  }
  return out;
}

const ownWords = new WeakMap<Entry, { vocabulary: Set<string>; speakers: Set<string> }>();

/** An entry's phrasing vocabulary (stems) and the speakers it quotes or names; worked out once per entry. */
function entryWords(
  entry: Entry,
  speakers: SpeakerNames,
): { vocabulary: Set<string>; speakers: Set<string> } {
  let words = ownWords.get(entry);
  if (!words) {
    words = {
      vocabulary: new Set(
        [entry.question, ...entry.phrasings, ...entry.keywords].flatMap((p) =>
          p
            .toLowerCase()
            .split(/[^\p{L}\p{N}']+/u)
            .map(stemOf),
        ),
      ),
      speakers: new Set([
        ...entry.quotes.map((q) => q.speaker),
        ...[entry.question, ...entry.phrasings].flatMap((p) => speakers.namedIn(fold(p)).map((n) => n.id)),
      ]),
    };
    ownWords.set(entry, words);
  }
  return words;
}
