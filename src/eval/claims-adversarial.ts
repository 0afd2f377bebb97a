// An adversarial claim generator for measuring the claim checker (not a blind set: we wrote it, knowing the
// article). Every variant is labelled by how it was made: each sentence and clause of the article behind
// attribution frames (verbatim), with a negation added, dropped or moved (altered), a word swapped for its
// opposite or a subtly different word (altered), a word swapped for a synonym or the sentence reordered
// (paraphrase), its speaker swapped for another (misattributed), its actor, object or quantity swapped
// (altered), and on-topic sentences that assert something new (not in the article).
import type { ClaimVerdictKind } from "../claims/index.js";
import type { KnowledgeBase } from "../knowledge/index.js";

export interface GeneratedClaim {
  claim: string;
  expect: ClaimVerdictKind;
  /** How it was made: "frame", "negation-insert", "opposite", "synonym", "speaker-swap", … */
  kind: string;
  /** The article sentence it was made from (null for not-in-article). */
  source: string | null;
}

/** Speakers by id: the name to write and the names the article uses for them at the head of a sentence. */
const SPEAKER_NAMES: Record<string, { name: string; subjects: string[] }> = {
  putin: {
    name: "Putin",
    subjects: ["Russian President Vladimir Putin", "The Russian leader", "Putin", "he"],
  },
  peskov: { name: "Peskov", subjects: ["Russian spokesperson Dmitry Peskov"] },
  kremlin: { name: "The Kremlin", subjects: ["The Kremlin"] },
  "foreign-ministry": {
    name: "The Russian Foreign Ministry",
    subjects: ["The Russian Foreign Ministry"],
  },
};
/** Someone else to put a statement in the mouth of; Kremlin, Moscow and Peskov speak for one actor, never swapped. */
const OTHER_SPEAKERS: Record<string, string[]> = {
  putin: ["Peskov", "The Russian Foreign Ministry", "Erdogan", "Netanyahu"],
  peskov: ["Putin", "The Russian Foreign Ministry", "Erdogan"],
  kremlin: ["Putin", "The Russian Foreign Ministry", "Erdogan"],
  "foreign-ministry": ["Putin", "Peskov", "Erdogan"],
};

/** The article's finite verbs with a negation put in (do-support where English needs it). */
const NEGATED_VERBS: [string, string][] = [
  ["has expressed", "has not expressed"],
  ["directs", "does not direct"],
  ["overlooked", "did not overlook"],
  ["emphasized", "did not emphasize"],
  ["believes", "does not believe"],
  ["is a clear", "is not a clear"],
  ["criticizes", "does not criticize"],
  ["acknowledges", "does not acknowledge"],
  ["highlights", "does not highlight"],
  ["reaffirms", "does not reaffirm"],
  ["aims", "does not aim"],
  ["seeks", "never seeks"],
  ["has been", "has never been"],
  ["maintains", "does not maintain"],
  ["expresses", "does not express"],
  ["strives", "does not strive"],
  ["has long-standing", "has no long-standing"],
  ["shares", "does not share"],
  ["escalates", "does not escalate"],
  ["there are growing", "there are no growing"],
  ["may extend", "will not extend"],
  ["underscores", "does not underscore"],
  ["formed to facilitate", "formed not to facilitate"],
  ["to assist", "not to assist"],
  ["to stabilize", "not to stabilize"],
];
/** The article's negations taken out (the claim says the opposite) or said the other way (same meaning). */
const DROPPED_NEGATIONS: [string, string, ClaimVerdictKind][] = [
  ["makes no mention of", "makes mention of", "altered"],
  ["makes no mention of", "mentions", "altered"],
  ["makes no mention of", "speaks at length about", "altered"],
  ["makes no mention of", "does not mention", "paraphrase"],
  ["makes no mention of", "says nothing about", "paraphrase"],
  ["is not without controversy", "is without controversy", "altered"],
  ["is not without controversy", "is controversial", "paraphrase"],
  ["is not without controversy", "is free of controversy", "altered"],
  ["is not without controversy", "is uncontroversial", "altered"],
  ["without considering", "while considering", "altered"],
  ["without considering", "after considering", "altered"],
  ["failure to address", "success in addressing", "altered"],
  ["failure to address", "efforts to address", "altered"],
  ["failure to address", "failure to take into account", "paraphrase"],
];
/** Opposites and subtly different words: general pairs, not this checker's table. */
const SWAPS: [string, string][] = [
  ["escalating", "de-escalating"],
  ["escalating", "subsiding"],
  ["deep concern", "mild concern"],
  ["deep concern", "satisfaction"],
  ["deep concern", "no concern"],
  ["rising", "falling"],
  ["rising", "small"],
  ["civilian", "military"],
  ["failed policy", "successful policy"],
  ["overlooked", "respected"],
  ["overlooked", "championed"],
  ["urgent need", "lack of need"],
  ["urgent", "gradual"],
  ["immediate", "gradual"],
  ["immediate", "partial"],
  ["resumption", "suspension"],
  ["resumption", "end"],
  ["latest", "earlier"],
  ["clear indication", "weak indication"],
  ["failure of US policy", "success of US policy"],
  ["criticizes", "praises"],
  ["criticizes", "thanks"],
  ["monopolizing", "sharing"],
  ["acceptable", "unacceptable"],
  ["both sides", "one side"],
  ["acknowledges", "denies"],
  ["acknowledges", "questions"],
  ["independent", "dependent"],
  ["constructive", "destructive"],
  ["constructive", "minor"],
  ["assist", "obstruct"],
  ["open communication", "closed communication"],
  ["maintains", "cuts"],
  ["readiness", "reluctance"],
  ["readiness", "refusal"],
  ["impartial", "biased"],
  ["impartial", "partisan"],
  ["long-standing", "new"],
  ["long-standing", "hostile"],
  ["common ground", "no common ground"],
  ["former", "current"],
  ["growing", "fading"],
  ["beyond", "within"],
  ["regional", "Western"],
  ["stabilize", "destabilize"],
  ["direct", "indirect"],
  ["comprehensive", "narrow"],
  ["inclusive", "exclusive"],
  ["lasting", "temporary"],
  ["just resolution", "unjust resolution"],
  ["all parties", "some parties"],
  ["facilitate", "hinder"],
  ["part of the Quartet", "excluded from the Quartet"],
  ["highlights", "downplays"],
  ["emphasized", "dismissed"],
  ["reaffirms", "denies"],
  ["seeks", "refuses"],
];
/** A verb of the article swapped for a phrasal verb of the other meaning: the particle carries it. */
const PHRASAL_SWAPS: [string, string][] = [
  ["emphasized", "played down"],
  ["highlights", "plays down"],
  ["stresses", "talks down"],
  ["underscores", "brushes aside"],
  ["acknowledges", "brushes off"],
  ["acknowledges", "rules out"],
  ["has expressed deep concern over", "has shrugged off"],
  ["maintains open communication", "has cut off communication"],
  ["maintains open communication", "broke off communication"],
  ["seeks to assist", "has given up trying to assist"],
  ["As the violence escalates", "As the violence winds down"],
  ["the resumption of the negotiation process", "calling off the negotiation process"],
];
/** The same meaning with a phrasal verb, another preposition or another tense. */
const PHRASAL_PARAPHRASES: [string, string][] = [
  ["without considering", "without looking for"],
  ["without considering", "instead of seeking"],
  ["due to", "because of"],
  ["due to", "owing to"],
  ["highlights", "points out"],
  ["criticizes", "criticized"],
  ["has expressed", "expressed"],
  ["acknowledges", "acknowledged"],
  ["reaffirms", "reaffirmed"],
];

/** Names and things swapped for others: the article says it of someone or something else. */
const ACTOR_SWAPS: [string, string][] = [
  ["Turkish leader Recep Tayyip Erdogan", "Israeli Prime Minister Benjamin Netanyahu"],
  ["Turkish leader Recep Tayyip Erdogan", "Iranian President Ebrahim Raisi"],
  ["the United States", "the European Union"],
  ["the United States", "Israel"],
  ["Washington", "Brussels"],
  ["Washington", "Tehran"],
  ["US policy", "EU policy"],
  ["US government", "Israeli government"],
  ["the Palestinians, including Hamas", "the Israelis, including Likud"],
  ["Hamas and the Israeli military", "Hezbollah and the Israeli military"],
  ["Israel and the Gaza Strip", "Lebanon and Syria"],
  ["the United Nations", "China"],
  ["common ground with Israel", "common ground with Iran"],
  ["Palestinian state", "Kurdish state"],
  ["Middle East", "Caucasus"],
];
/** Synonyms and reorderings: the same meaning in other words. */
const SYNONYMS: [string, string][] = [
  ["emphasized", "stressed"],
  ["urgent need", "pressing need"],
  ["ceasefire", "truce"],
  ["resumption of the negotiation process", "restart of negotiations"],
  ["latest surge in violence", "recent spike in violence"],
  ["clear indication", "clear sign"],
  ["criticizes", "faults"],
  ["monopolizing peace efforts", "dominating peace efforts"],
  ["acknowledges", "recognizes"],
  ["aspiration for an independent state", "hope for an independent state"],
  ["reaffirms", "confirms"],
  ["aims", "wants"],
  ["seeks to assist", "wants to help"],
  ["maintains open communication", "keeps channels open"],
  ["readiness", "willingness"],
  ["strives", "tries"],
  ["impartial mediator", "neutral mediator"],
  ["relationships", "ties"],
  ["long-standing ties", "longtime ties"],
  ["stresses", "underlines"],
  ["stabilize the situation", "calm the situation"],
  ["growing concerns", "mounting fears"],
  ["extend beyond", "spread beyond"],
  ["deep concern", "serious concern"],
  ["rising number", "growing number"],
  ["directs blame towards", "blames"],
  ["has expressed", "voiced"],
];
/** Sentence shapes said in another order. */
const REORDERINGS: [RegExp, string][] = [
  [/^In a phone call with ([^,]+), (Putin emphasized .+?)\.?$/, "$2 in a phone call with $1."],
  [/^While (.+?), (he|it) (.+?)\.?$/, "$3, while $1."],
  [/^The Kremlin, meanwhile, (.+)$/, "Meanwhile, the Kremlin $1"],
  // The passive voice.
  [/^Putin criticizes Washington for (.+?)\.?$/, "Washington is criticized by Putin for $1."],
  [
    /^Russian President Vladimir Putin has expressed deep concern over (.+?)\.?$/,
    "Deep concern over $1 has been expressed by Russian President Vladimir Putin.",
  ],
  [
    /^Alongside (the US, the United Nations, and the European Union), (Russia) has been (.+?)\.?$/,
    "$2 has been $3 alongside $1.",
  ],
];

/** On-topic sentences that assert what the article does not: shared names and topic, new content. */
const NEW_PREDICATES = [
  "announced new sanctions against Israel",
  "accused Iran of arming Hamas",
  "called for an emergency session of the UN Security Council",
  "said the death toll in Gaza has passed ten thousand",
  "offered to host Israeli-Palestinian peace talks in Moscow",
  "met Israeli Prime Minister Benjamin Netanyahu in Moscow",
  "said Russia will send troops to the region",
  "demanded the release of all hostages held in Gaza",
  "warned that oil prices will rise because of the war",
  "said the Quartet will meet next month in Cairo",
  "praised Egypt for opening the Rafah crossing",
  "said civilian casualties in Gaza were exaggerated",
  "said the ceasefire should be monitored by UN peacekeepers",
  "said Russia will recognize a Palestinian state next year",
  "blamed Hamas for starting the war",
];

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
    for (const [from, to] of NEGATED_VERBS) {
      const claim = substituted(from, to);
      if (claim) push(`${claim}.`, "altered", "negation-insert", text);
    }
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
    for (const [from, to] of SWAPS) {
      const claim = substituted(from, to);
      if (claim) push(`${claim}.`, "altered", "opposite", text);
    }
    for (const [from, to] of PHRASAL_SWAPS) {
      const claim = substituted(from, to);
      if (claim) push(`${claim}.`, "altered", "phrasal-opposite", text);
    }
    for (const [from, to] of PHRASAL_PARAPHRASES) {
      const claim = substituted(from, to);
      if (claim) push(`${claim}.`, "paraphrase", "phrasal-paraphrase", text);
    }
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
    for (const [from, to] of ACTOR_SWAPS) {
      const claim = substituted(from, to);
      if (claim) push(`${claim}.`, "altered", "actor-swap", text);
    }
    for (const [from, to] of SYNONYMS) {
      const claim = substituted(from, to);
      if (claim) push(`${claim}.`, "paraphrase", "synonym", text);
    }
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
