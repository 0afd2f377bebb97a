// The evidence of a Yes shows what was asked: "is moscow in touch with hamas?" answered Yes on the Kremlin's
// "open communication with both warring sides" never shows Hamas, while the entry whose quote says "ties with the
// Palestinians, including Hamas" does (dialog-r2-30, d57-11#1). Where a party the question names is named by none
// of the evidence's quotes, the entry with one quote naming every party the question names is the evidence
// instead (the best-placed such entry only) — when the question reads Yes on it too, or its words are merely
// unbacked there (the first entry's Yes then stands); a No, a change or a rule's "doesn't say" changes nothing.
// Read by stand-alone.ts after the plain verdict.
import type { Answer, Lang } from "../answering/types.js";
import { partyMentions } from "../knowledge/parties.js";
import type { DialogueKit } from "./dialogue-kit.js";
import type { VerdictDeps } from "./verdict-deps.js";
import { type Verdict, verdictFor } from "./yes-no.js";

/** Question glue that says nothing of what an entry is about. */
const GLUE = new Set([
  "does",
  "have",
  "with",
  "that",
  "this",
  "they",
  "them",
  "their",
  "there",
  "what",
  "about",
  "also",
  "really",
  "actually",
  "even",
  "still",
  "some",
  "any",
  "anything",
  "said",
  "says",
  "tell",
  "know",
  "article",
  "story",
]);

/** The warring sides: "both sides" in the evidence shows two of them asked together. */
const SIDES = ["israel", "palestinians", "hamas", "gaza"];

/** Where the parties of a deed's setting start ("a ceasefire between israel and hamas"), and how far they run; the
 * parties a wish is asked of are its setting too («чё путин хочет от израиля и хамаса, перемирие чтоли?»: the
 * ceasefire's Yes, not "who is fighting", r68-010). */
const BETWEEN =
  /(?:^|[^\p{L}])(?:between|между|(?:want|wants|wanted|demand|demands|demanded|expect|expects) from|(?:хочет|хотел|хотят|требует|требовал|ждет|ждут|добивается|просит) от)\s/u;
const SCOPE_CHARS = 40;

/** An entry's question on contact or ties: it may stand for the contact card on the one side it names. */
const CONTACT =
  /(?<!\p{L})(?:ties|contacts?|touch|communicat\p{L}*|talk\p{L}*|speak\p{L}*|relations?)(?!\p{L})/iu;

/** Contact asked by a verb of speaking, and ties asked by name: what the question itself asks of one side. */
const SPOKEN = /(?<!\p{L})(?:talk\p{L}*|speak\p{L}*|spoke\p{L}*|communicat\p{L}*|contacts?|touch)(?!\p{L})/iu;
const TIES_ASKED = /(?<!\p{L})(?:ties|links?|relations?|relationship|connections?|friends?)(?!\p{L})/iu;

/** Table rows that are no party of their own ("both sides", "others"). */
const NOT_A_PARTY = new Set(["both", "others"]);

interface Named {
  entryId: string;
  /** The entry's canonical question and keywords, lower case: what it is about. */
  about: string;
  /** The entry's canonical question as written. */
  question: string;
  /** The parties its question and keywords name. */
  aboutParties: Set<string>;
  /** The parties each quote names, in the entry's order. */
  perQuote: Set<string>[];
}

export function createEvidenceNaming(kit: DialogueKit) {
  const { kb, engine, parties } = kit;
  let named: Named[] | null = null;
  /** Every answering entry with the parties its quotes name: built once, on the first use. */
  const namedByEntries = (): Named[] => {
    named ??= kb.entries
      .filter((e) => e.kind === "answer" && e.quotes.length > 0)
      .map((e) => ({
        entryId: e.id,
        question: e.question,
        about: ` ${[e.question, ...e.keywords].join(" ").toLowerCase()} `,
        aboutParties: new Set(
          partyMentions(parties, [e.question, ...e.keywords].join(" ").toLowerCase()).map((m) => m.id),
        ),
        perQuote: e.quotes.map((q) => new Set(partyMentions(parties, q.text.toLowerCase()).map((m) => m.id))),
      }));
    return named;
  };
  return (
    folded: string,
    answer: Answer,
    verdict: Verdict | null,
    lang: Lang,
    deps: VerdictDeps,
  ): { answer: Answer; verdict: Verdict } | null => {
    if (verdict?.verdict !== "yes" || !answer.answered || answer.kind !== "entry" || !answer.entry)
      return null;
    // The engine's own verdict came with the card that states its point (owned-verdict.ts): that evidence stays.
    if (verdict.source === "engine") return null;
    // The parties named as such: a person ("Putin") is the voice asked of, not a party the evidence must show.
    let unvoiced = folded;
    for (const n of kit.speakers.namedIn(folded))
      if (kit.speakers.isPerson(n.id))
        unvoiced = `${unvoiced.slice(0, n.start)}${" ".repeat(n.end - n.start)}${unvoiced.slice(n.end)}`;
    // Parties after "between" / «между» say where the deed is, not what it must name: "does putin want a truce
    // between israel and hamas?" is the ceasefire call's Yes, and moved to the sentence naming both sides it showed
    // "who is fighting" instead (quality-r2-31b's probe).
    const between = BETWEEN.exec(unvoiced);
    const scope = between ? between.index + between[0].length + SCOPE_CHARS : -1;
    const asked = [
      ...new Set(
        partyMentions(parties, unvoiced)
          .filter((m) => !between || m.start < between.index || m.start > scope)
          .map((m) => m.id),
      ),
    ].filter((id) => !NOT_A_PARTY.has(id));
    if (asked.length === 0) return null;
    const shown = new Set(
      answer.quotes.flatMap((q) =>
        partyMentions(parties, `${q.text} ${q.translation ?? ""}`.toLowerCase()).map((m) => m.id),
      ),
    );
    // "talking with both israelis and palestinians?" on "both warring sides": the two asked together are shown.
    if (shown.has("both") && asked.filter((id) => SIDES.includes(id)).length >= 2)
      for (const id of SIDES) shown.add(id);
    if (asked.every((id) => shown.has(id))) return null;
    const bothHoldAsked = shown.has("both") && asked.every((id) => SIDES.includes(id) || shown.has(id));
    // Speaking asked of Israel, not ties ("is moscow speaking with israel?", "does the kremlin talk to the israelis"):
    // "both warring sides" shows it, and the only quote naming Israel is the common ground of former citizens, no
    // talk (quality46). The Palestinians and Hamas still move to the ties card (own21-en-02: "long-standing ties").
    if (
      bothHoldAsked &&
      asked.includes("israel") &&
      !asked.some((id) => SIDES.includes(id) && id !== "israel") &&
      SPOKEN.test(folded) &&
      !TIES_ASKED.test(folded)
    )
      return null;
    // Entries with one quote naming every asked party and about the question's parties and words (two at least: a
    // party's name alone finds any sentence naming it): the most words first, then that quote first in the entry.
    let bare = unvoiced;
    for (const m of partyMentions(parties, unvoiced))
      bare = `${bare.slice(0, m.start)}${" ".repeat(m.end - m.start)}${bare.slice(m.end)}`;
    const asks = [...new Set(bare.split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && !GLUE.has(w)))];
    const candidates = namedByEntries()
      .filter((n) => n.entryId !== answer.entry?.id)
      .map((n) => ({
        n,
        at: n.perQuote.findIndex((s) => asked.every((id) => s.has(id))),
        about:
          asked.filter((id) => n.aboutParties.has(id)).length +
          asks.filter((w) => n.about.includes(` ${w}`)).length,
      }))
      .filter((c) => c.at >= 0 && c.about >= 2)
      .sort((a, b) => b.about - a.about || a.at - b.at || a.n.perQuote.length - b.n.perQuote.length);
    for (const { n } of candidates) {
      const other = engine.answerForEntry(n.entryId, lang);
      if (!other?.answered) continue;
      // As sure of it as of the entry it replaces: no curated Yes the engine's own choice would not have had.
      const shownOther = { ...other, confidence: answer.confidence };
      const read = verdictFor(folded, shownOther, lang, deps);
      if (read?.verdict === "yes") return { answer: shownOther, verdict: read };
      // Its words merely unbacked ("in touch" on "ties"): the Yes stays the first entry's, shown on this one. A
      // change the checker finds there ("contacts" on "common ground"), a No or a rule's "doesn't say": the
      // first evidence stays.
      // A No, or a rule's "doesn't say", keeps the first evidence.
      // Not where the first evidence's "both warring sides" already holds the one side asked and this entry is about
      // no contact ("does the kremlin speak to israel": the contact card, not the common ground that merely names
      // Israel; verdict44) — ties asked of Hamas still show the ties card's quote.
      if (bothHoldAsked && !CONTACT.test(n.question)) return null;
      if (read === null || read.source === "unconfirmed") return { answer: shownOther, verdict };
      return null;
    }
    return null;
  };
}
