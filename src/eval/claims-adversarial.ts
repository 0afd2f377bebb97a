// An adversarial claim generator for measuring the claim checker (not a blind set: we wrote it, knowing the
// article). Every variant is labelled by how it was made: each sentence and clause of the article behind
// attribution frames (verbatim), with a negation added, dropped or moved (altered), a word swapped for its
// opposite or a subtly different word (altered), a word swapped for a synonym or the sentence reordered
// (paraphrase), its speaker swapped for another (misattributed), its actor, object or quantity swapped
// (altered), and on-topic sentences that assert something new (not in the article).
// The word tables it draws on are beside it, one file a kind: -speakers, -negations, -swaps (altered),
// -paraphrases, -new-assertions.
import type { ClaimVerdictKind } from "../claims/index.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { DROPPED_NEGATIONS, NEGATED_VERBS } from "./claims-adversarial-negations.js";
import { NEW_PREDICATES } from "./claims-adversarial-new-assertions.js";
import { PHRASAL_PARAPHRASES, REORDERINGS, SYNONYMS } from "./claims-adversarial-paraphrases.js";
import { OTHER_SPEAKERS, SPEAKER_NAMES } from "./claims-adversarial-speakers.js";
import { ACTOR_SWAPS, PHRASAL_SWAPS, SWAPS } from "./claims-adversarial-swaps.js";

export interface GeneratedClaim {
  claim: string;
  expect: ClaimVerdictKind;
  /** How it was made: "frame", "negation-insert", "opposite", "synonym", "speaker-swap", … */
  kind: string;
  /** The article sentence it was made from (null for not-in-article). */
  source: string | null;
}

const word = (s: string) => new RegExp(`(?<![\\p{L}-])${escapeRegExp(s)}(?![\\p{L}-])`, "u");
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The article's sentences and clause runs (three words or more), with whose words the knowledge base says they are. */
function bases(kb: KnowledgeBase): { text: string; speaker: string }[] {
  const quotes = kb.entries.flatMap((e) => e.quotes);
  const out: { text: string; speaker: string }[] = [];
  const seen = new Set<string>();
  for (const s of kb.article.sentences) {
    const reported = quotes.find(
      (q) => q.voice === "reported" && q.paragraph === s.paragraph && s.text.includes(q.text.slice(0, 40)),
    );
    const speaker = reported?.speaker ?? "article";
    const pieces = [s.text, ...s.text.split(/,\s+/).filter((p) => p.split(" ").length >= 5)];
    for (const p of pieces) {
      const text = p.replace(/[.]$/, "");
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ text, speaker });
    }
  }
  return out;
}

/** Every generated claim, in a fixed order. */
export function adversarialClaims(kb: KnowledgeBase): GeneratedClaim[] {
  const out: GeneratedClaim[] = [];
  const push = (claim: string, expect: ClaimVerdictKind, kind: string, source: string | null) =>
    out.push({ claim, expect, kind, source });
  for (const { text, speaker } of bases(kb)) {
    const named = SPEAKER_NAMES[speaker];
    // Verbatim behind frames: the article's own voice, or the speaker's name.
    push(`According to the article, ${text}.`, "verbatim", "frame", text);
    push(`“${text}”`, "verbatim", "frame", text);
    const thatClause =
      /^(?:The Russian leader believes|Russian spokesperson Dmitry Peskov reaffirms) that (.+)$/.exec(
        text,
      )?.[1];
    if (named && thatClause) {
      push(`${named.name} said that ${thatClause}.`, "verbatim", "frame", text);
      push(`According to ${named.name}, ${thatClause}.`, "verbatim", "frame", text);
      push(`${thatClause}, ${named.name} claimed.`, "verbatim", "frame", text);
      for (const other of OTHER_SPEAKERS[speaker] ?? []) {
        push(`${other} said that ${thatClause}.`, "misattributed", "frame-swap", text);
        push(`According to ${other}, ${thatClause}.`, "misattributed", "frame-swap", text);
      }
    }
    // The speaker swapped at the head of the sentence.
    if (named) {
      for (const subject of named.subjects) {
        if (!text.startsWith(`${subject} `) && !text.includes(`, ${subject} `)) continue;
        for (const other of OTHER_SPEAKERS[speaker] ?? []) {
          const claim = text.startsWith(`${subject} `)
            ? `${other} ${text.slice(subject.length + 1)}`
            : text.replace(`, ${subject} `, `, ${other} `);
          push(`${claim}.`, "misattributed", "speaker-swap", text);
        }
        break;
      }
    }
    const substituted = (from: string, to: string) => {
      const re = word(from);
      return re.test(text) ? text.replace(re, to) : null;
    };
    // Each pair of a table whose first words the sentence has, swapped in, labelled alike.
    const pushSubstitutions = (pairs: [string, string][], expect: ClaimVerdictKind, kind: string) => {
      for (const [from, to] of pairs) {
        const claim = substituted(from, to);
        if (claim) push(`${claim}.`, expect, kind, text);
      }
    };
    pushSubstitutions(NEGATED_VERBS, "altered", "negation-insert");
    for (const [from, to, expect] of DROPPED_NEGATIONS) {
      const claim = substituted(from, to);
      if (claim)
        push(`${claim}.`, expect, expect === "altered" ? "negation-drop" : "negation-reworded", text);
    }
    // A negation moved: dropped where the article has it, put in before another word of the sentence.
    for (const [from, to] of DROPPED_NEGATIONS.filter(([, , e]) => e === "altered")) {
      const dropped = substituted(from, to);
      if (!dropped) continue;
      const words = dropped.split(" ");
      const at = words.findIndex(
        (w, i) => i > 0 && /^[a-z]{5,}$/.test(w) && !to.includes(w) && !from.includes(w),
      );
      if (at < 0) continue;
      push(
        `${[...words.slice(0, at), "not", ...words.slice(at)].join(" ")}.`,
        "altered",
        "negation-move",
        text,
      );
    }
    pushSubstitutions(SWAPS, "altered", "opposite");
    pushSubstitutions(PHRASAL_SWAPS, "altered", "phrasal-opposite");
    pushSubstitutions(PHRASAL_PARAPHRASES, "paraphrase", "phrasal-paraphrase");
    // Quotation marks inside the claim, nested or typographic: the quoted run still stands word for word.
    const words = text.split(" ");
    if (words.length >= 6) {
      const [head, tail] = [words.slice(0, 2).join(" "), words.slice(2).join(" ")];
      push(`${head} "${tail}".`, "verbatim", "quoted-run", text);
      push(`“${head} ‘${tail}’”`, "verbatim", "quoted-run", text);
      if (named && thatClause) {
        const [subject, rest] = [thatClause.split(" ").slice(0, 2), thatClause.split(" ").slice(2)];
        if (rest.length >= 3) {
          push(
            `${named.name} said ${subject.join(" ")} “${rest.join(" ")}”.`,
            "verbatim",
            "quoted-run",
            text,
          );
          for (const other of OTHER_SPEAKERS[speaker] ?? [])
            push(
              `${other} said ${subject.join(" ")} “${rest.join(" ")}”.`,
              "misattributed",
              "quoted-swap",
              text,
            );
        }
      }
    }
    pushSubstitutions(ACTOR_SWAPS, "altered", "actor-swap");
    pushSubstitutions(SYNONYMS, "paraphrase", "synonym");
    // Two synonyms at once, where a sentence has two.
    const applicable = SYNONYMS.filter(([from]) => word(from).test(text));
    if (applicable.length >= 2) {
      let claim = text;
      for (const [from, to] of applicable) claim = claim.replace(word(from), to);
      push(`${claim}.`, "paraphrase", "synonyms", text);
    }
    for (const [shape, order] of REORDERINGS) {
      if (shape.test(text)) push(text.replace(shape, order), "paraphrase", "reorder", text);
    }
  }
  for (const who of ["Putin", "Peskov", "The Kremlin", "The Russian Foreign Ministry"]) {
    for (const predicate of NEW_PREDICATES)
      push(`${who} ${predicate}.`, "not-in-article", "new-assertion", null);
  }
  return out;
}
