// "Hamas has expressed deep concern over the rising number of civilian casualties": a party the passage names in
// another role (Hamas is a side of the violence in ¶1) made the doer of a deed the passage gives to someone else
// (Putin expressed the concern). The claim's words all stand in the sentence, so the actor-change reader sees no new
// party and the claim read as a paraphrase. Read here, for a verbatim or paraphrase verdict only: the claim opens on
// a party of knowledge/parties.json (a name, another word for it or one of its people); its verb (the first word
// after the party, auxiliaries skipped) is found in the passage (the span's sentence, or its translation for a
// Russian claim), and the doer there is the party nearest before that verb in the same clause (a pronoun is not
// read: "he … directs blame towards the United States for its failed policy" — "failed" is the US's). When that
// doer is another party, or another person of the same party ("Peskov" for Putin's deed), the claim is misattributed if the doer is a speaker of the passage; a doer who is no speaker is left to the
// other readers (a list: "Alongside the US, the UN and the EU, Russia has been part of the Quartet").
// Nothing is confirmed here. A claim whose verb the passage lacks, or whose clause names no doer, keeps its verdict.
// The regular expressions are linear: whole-word alternations of fixed forms and one anchored opening.
import type { Parties } from "../knowledge/parties.js";
import type { Sentence } from "./contrary-deed.js";
import { type Actor, actorsOf, type Doer, doersIn, type Lang } from "./party-actors.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";
import { parseFrame } from "./words.js";

const AUXILIARY = new Set([
  "has",
  "have",
  "had",
  "is",
  "are",
  "was",
  "were",
  "will",
  "would",
  "does",
  "did",
  "do",
  "also",
  "been",
  "now",
  "has been",
]);
/** A preposition (and "the") just before a place in a text. */
const AFTER_PREPOSITION =
  /(?<!\p{L})(?:with|between|to|towards|for|of|against|from|by|in|on|at|about|с|со|между|к|для|от|против|на|в|о|об|по)\s+(?:the\s+)?$/u;
/**
 * A body or group named by its party's adjective ("the Israeli military", "израильские военные"): the party is the
 * doer. Not "policy" or "state": "US policy … overlooked" names a thing, not a doer.
 */
const GROUP_NOUN = new Set([
  "military",
  "army",
  "forces",
  "troops",
  "government",
  "authorities",
  "officials",
  "leadership",
  "ministry",
  "office",
  "side",
  "people",
  "военные",
  "армия",
  "власти",
  "правительство",
  "руководство",
  "силы",
  "сторона",
]);
/** A passive claim ("Washington is criticized by Putin"): its subject is not the doer. */
const PASSIVE = new Set(["is", "are", "was", "were", "been", "be", "being"]);
/** An English verb's ending (criticizes, expressed, is seeking) or a Russian one (выразил, критикует, признаёт). */
const VERB_SHAPE = /(?:s|ed|ing|ет|ит|ют|ят|ёт|ут|ал|ил|ел|ыл|ул|ла|ли|ло)$/u;
/** The most words a comma aside between a doer and its verb has ("meanwhile", "for its part"). */
const ASIDE_WORDS = 3;
/** A clause ends at a comma, semicolon, colon or dash. */
const CLAUSE_END = /[,;:—–]/gu;

/** The claim's opening actor and the first word after it that is no auxiliary (its verb). */
function subjectOf(
  statement: string,
  actors: readonly Actor[],
): { doer: Doer; verb: string; after: string[] } | null {
  const text = statement.toLowerCase().trim();
  for (const a of actors) {
    // A Russian body before its party in the genitive ("правительство Израиля"): the party is the doer.
    const m = a.opening.exec(text);
    if (m === null) continue;
    const words = text.slice(m[0].length).match(/\p{L}+/gu) ?? [];
    // "the Turkish foreign ministry stresses": the body's words before its verb.
    if (words[0] === "foreign" && (words[1] === "ministry" || words[1] === "office")) words.splice(0, 1);
    if (words[0] !== undefined && GROUP_NOUN.has(words[0])) words.shift();
    const at = words.findIndex((w) => !AUXILIARY.has(w) && !PASSIVE.has(w));
    const verb = words[at];
    if (verb === undefined || words.slice(0, at).some((w) => PASSIVE.has(w))) return null;
    // "US policy in the Middle East overlooked…": a party word before a noun names no doer; only a verb's shape
    // (or a word after an auxiliary: "will seek") is read as the deed.
    if (at === 0 && !VERB_SHAPE.test(verb)) return null;
    return { doer: { party: a.party, speaker: a.speaker, start: 0 }, verb, after: words.slice(at + 1) };
  }
  return null;
}

/** One verb in two forms: five letters in common at the start (fewer for a short word). */
const sameVerb = (a: string, b: string) => {
  const n = Math.min(5, a.length - 1, b.length - 1);
  return n >= 3 && a.slice(0, n) === b.slice(0, n);
};

/** The span's whole sentence (the first sentence it starts in). */
function sentenceOf(sentences: readonly Sentence[], verdict: ClaimVerdict): string {
  const span = verdict.span;
  const found = sentences.find(
    (s) => span !== null && s.paragraph === span.paragraph && s.start <= span.start && span.start < s.end,
  );
  return found?.text ?? span?.text ?? "";
}

/** A pronoun that opens its clause as the doer of the verb two words on at most ("he also directs blame"). */
const PRONOUN_DOER = /(?:^|[^\p{L}])(?:he|she|он|она)(?:\s+\p{L}+){0,2}\s+$/u;

/** The actors of a clause that are no object of a preposition, the nearest to its end last. */
const doersOf = (clause: string, actors: readonly Actor[]) =>
  doersIn(clause, actors).filter((d) => !AFTER_PREPOSITION.test(clause.slice(0, d.start)));

/**
 * The passage's doer of the verb: the actor nearest before it in its clause; "pronoun" when its clause opens on
 * "he"/"she" right before it (the passage's speaker stands for it). A pronoun further off is not read: "he also
 * directs blame towards the United States for its failed policy" — "failed" is the US's, and a "No" to "does he
 * say the US failed?" followed (dialogues22, caught by CI).
 */
function passageDoer(
  passage: string,
  verb: string,
  actors: readonly Actor[],
): Doer | "pronoun" | null | undefined {
  const text = passage.toLowerCase();
  const at = [...text.matchAll(/\p{L}+/gu)].find((m) => sameVerb(m[0], verb));
  if (at === undefined) return undefined;
  const before = text.slice(0, at.index);
  const ends = [...before.matchAll(CLAUSE_END)].map((m) => m.index);
  const clause = before.slice(ends.length > 0 ? ends.at(-1)! + 1 : 0);
  const own = doersOf(clause, actors).at(-1);
  if (own !== undefined) return own;
  // An aside between the doer and its verb ("The Kremlin, meanwhile, maintains"): the clause before a short aside.
  if (ends.length >= 2) {
    const aside = before.slice(ends.at(-2)! + 1, ends.at(-1));
    if ((aside.match(/\p{L}+/gu) ?? []).length <= ASIDE_WORDS) {
      const head = before.slice(ends.length >= 3 ? ends.at(-3)! + 1 : 0, ends.at(-2));
      const doer = doersOf(head, actors).at(-1);
      if (doer !== undefined) return doer;
    }
  }
  return PRONOUN_DOER.test(clause) ? "pronoun" : null;
}

/** Words a deed's search reads past in the claim ("voiced deep concern": "voiced" is the claim's own). */
const FILLER = new Set([
  "the",
  "that",
  "this",
  "with",
  "from",
  "their",
  "its",
  "and",
  "for",
  "над",
  "что",
  "это",
]);
/** How many words after the claim's verb are tried when the passage lacks the verb. */
const TRIED = 3;

/** The checker, a party made the doer of a speaker's deed read as misattributed. */
export function judgingPartyDoer(
  check: ClaimChecker,
  sentences: readonly Sentence[],
  parties: Parties,
): ClaimChecker {
  const actors = { en: actorsOf(parties, "en"), ru: actorsOf(parties, "ru") };
  const partyOfSpeaker = new Map(
    parties.flatMap((p) => p.people.flatMap((s) => (s.speaker ? [[s.speaker, p.id] as const] : []))),
  );
  return (text) => {
    const verdict = check(text);
    if ((verdict.verdict !== "verbatim" && verdict.verdict !== "paraphrase") || verdict.span === null)
      return verdict;
    const lang: Lang = /\p{Script=Cyrillic}/u.test(verdict.statement) ? "ru" : "en";
    const subject = subjectOf(verdict.statement, actors[lang]);
    if (subject === null)
      return framedParty(verdict, actors[lang], partyOfSpeaker) ? misattributed(verdict) : verdict;
    const passage = lang === "ru" ? (verdict.translation ?? "") : sentenceOf(sentences, verdict);
    const speakers = verdict.sources.map((s) => s.speakerId).filter((id) => partyOfSpeaker.has(id));
    // The claim's verb, or when the passage lacks it (a word of the claim's own: "keeps", "voiced"), the first of
    // the next few words the passage has ("open", "deep"), read by whoever does the deed there.
    const tried = [
      subject.verb,
      // A party's name is no deed ("the US ignored the Palestinians' interests": "a Palestinian state" is Putin's).
      ...subject.after
        .filter((w) => w.length >= 4 && !FILLER.has(w) && doersIn(w, actors[lang]).length === 0)
        .slice(0, TRIED),
    ];
    const doers = tried.map((w) => passageDoer(passage, w, actors[lang]));
    const at = doers.findIndex((d) => d !== undefined);
    const found = at < 0 ? null : (doers[at] ?? null);
    // "he" for the passage's one speaker ("he also directs blame"): only when the claim's party is not in it.
    const sole = speakers.length === 1 ? speakers[0]! : null;
    const doer = found === "pronoun" ? sole : (found?.speaker ?? null);
    // A party that is no speaker as the passage's doer is left to the other readers: in a list ("Alongside the US,
    // the UN and the EU, Russia has been part of the Quartet") the nearest party is not the only one the deed is
    // true of ("а евросоюз там есть?" got "doesn't say", caught by CI).
    if (doer === null || !speakers.includes(doer)) return verdict;
    // A word after the verb found in the passage is the framing speaker's own when the claim's frame names that
    // speaker ("Putin says the US government dropped the ball on what the Palestinians need": "need" is in Putin's
    // "acknowledges the need"): the claim reports the speaker's words, it does not give the speaker's deed away.
    if (at > 0 && verdict.claimedSpeaker?.id === doer) return verdict;
    const claimed = subject.doer;
    const sameVoice = claimed.speaker === null || claimed.speaker === doer;
    if (partyOfSpeaker.get(doer) === claimed.party && sameVoice) return verdict;
    return misattributed(verdict);
  };
}

const misattributed = (verdict: ClaimVerdict): ClaimVerdict => ({ ...verdict, verdict: "misattributed" });

/**
 * The frame names its speaker by another party ("The Turkish foreign ministry stresses …" of the Russian Foreign
 * Ministry's words): the name opens on a party none of the passage's speakers belongs to.
 */
function framedParty(
  verdict: ClaimVerdict,
  actors: readonly Actor[],
  partyOfSpeaker: ReadonlyMap<string, string>,
): boolean {
  // The name as the claim writes it (claimedSpeaker holds the known speaker it resolved to).
  const name = verdict.claimedSpeaker ? parseFrame(verdict.claim).name?.toLowerCase().trim() : undefined;
  if (name === undefined) return false;
  const parties = verdict.sources.map((s) => partyOfSpeaker.get(s.speakerId));
  if (parties.length === 0 || parties.some((p) => p === undefined)) return false;
  const opening = actors.find((a) => a.speaker === null && a.naming.test(name));
  return opening !== undefined && !parties.includes(opening.party);
}
