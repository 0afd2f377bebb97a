// Properties of the claim checker over every sentence of the real article: a negation added or dropped is
// never confirmed, an attribution does not spoil a verbatim span, and a claim naming a speaker is shown that
// speaker's passage.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Lexicon } from "../../src/answering/lexicon.js";
import { type ClaimVerdict, createClaimChecker, parseFrame } from "../../src/claims/index.js";
import { NEGATORS, RUSSIAN_NEGATORS } from "../../src/claims/polarity.js";
import { realKb as kb } from "../helpers/engine.js";

const check = createClaimChecker(kb);
const lexicon = new Lexicon(kb);
const sentences = kb.article.sentences.map((s) => s.text);
const confirms = (v: ClaimVerdict) => v.verdict === "verbatim" || v.verdict === "paraphrase";
const describeVerdict = (claim: string, v: ClaimVerdict) =>
  `${claim}\n-> ${v.verdict} ¶${v.span?.paragraph} ${v.span?.text} ${JSON.stringify(v.changes)}`;

/** Each way to write "not": plain, contracted into an auxiliary's place, never, no. */
const NEGATIONS = ["not", "never", "no", "not at all", "without"];
/** The article's own negations, as whole words. */
const ARTICLE_NEGATOR = /\b(?:not|no|never|without)\s+/gi;

describe("negation, inserted or deleted in any sentence of the article", () => {
  it("inserting a negation before any word never yields word for word or in other words", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sentences),
        fc.nat(),
        fc.constantFrom(...NEGATIONS),
        (sentence, at, negation) => {
          const words = sentence.split(" ");
          const i = at % words.length;
          const claim = [...words.slice(0, i), negation, ...words.slice(i)].join(" ");
          const v = check(claim);
          expect(confirms(v), describeVerdict(claim, v)).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("deleting any of the article's negations never yields word for word or in other words", () => {
    const deletions = sentences.flatMap((s) =>
      [...s.matchAll(ARTICLE_NEGATOR)].map((m) => s.slice(0, m.index) + s.slice(m.index + m[0].length)),
    );
    expect(deletions.length).toBeGreaterThanOrEqual(3);
    for (const claim of deletions) {
      const v = check(claim);
      expect(confirms(v), describeVerdict(claim, v)).toBe(false);
      expect(v.verdict, describeVerdict(claim, v)).toBe("altered");
      expect(v.changes.some((c) => c.kind === "negation" || c.kind === "opposite")).toBe(true);
    }
  });
});

describe("negation, inserted in any curated Russian translation of the article", () => {
  const translations = [...(kb.locales?.ru?.translations ?? new Map<string, string>()).values()];
  /** Each way to say "not" a Russian reader uses, the negative pronouns with their "не" and without it. */
  const RUSSIAN_NEGATIONS = ["не", "никак не", "ничуть не", "вовсе не", "никогда не", "ничем не", "никаких"];
  /** A word of the translation's own negation: one inserted beside it agrees with it (concord), it adds none. */
  const negating = (word: string | undefined) => !!word && (RUSSIAN_NEGATORS.has(word) || /^ни/.test(word));

  it("inserting a negation before any word never yields in other words", () => {
    expect(translations.length).toBeGreaterThanOrEqual(10);
    fc.assert(
      fc.property(
        fc.constantFrom(...translations),
        fc.nat(),
        fc.constantFrom(...RUSSIAN_NEGATIONS),
        (translation, at, negation) => {
          const words = translation.split(" ");
          const i = at % words.length;
          fc.pre(!negating(words[i - 1]?.toLowerCase()) && !negating(words[i]?.toLowerCase()));
          const claim = [...words.slice(0, i), negation, ...words.slice(i)].join(" ");
          const v = check(claim);
          expect(confirms(v), describeVerdict(claim, v)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("'есть' made 'нет' (with 'ничего', 'никаких') in a translation that has it is never confirmed", () => {
    const having = translations.filter((t) => /(?<!\p{L})есть(?!\p{L})/u.test(t));
    expect(having.length).toBeGreaterThanOrEqual(1);
    for (const t of having)
      for (const no of ["нет", "нет никаких", "нет ничего похожего на"]) {
        const claim = t.replace(/(?<!\p{L})есть(?!\p{L})/u, no);
        const v = check(claim);
        expect(confirms(v), describeVerdict(claim, v)).toBe(false);
      }
  });
});

describe("a figure, an amount, a time, a place or a superlative added to any sentence of the article", () => {
  // None of these is given anywhere in the article: added before any word, the claim says more than the article.
  const ENGLISH = ["about a million", "thousands of", "most", "half of the", "5,000", "dozens of", "three"]
    .concat(["on Monday", "yesterday", "last week", "in Tehran", "from Cairo", "the biggest", "the worst"])
    .concat(["the most", "Soviet"]);
  const RUSSIAN = ["около миллиона", "тысячи", "большинство", "половина", "5000", "десятки", "три"]
    .concat(["в понедельник", "вчера", "на прошлой неделе", "в Тегеране", "из Каира", "крупнейший"])
    .concat(["самый важный", "советских"]);
  const translations = [...(kb.locales?.ru?.translations ?? new Map<string, string>()).values()];
  const inserted = (sentence: string, at: number, detail: string) => {
    const words = sentence.split(" ");
    const i = at % (words.length + 1);
    return [...words.slice(0, i), detail, ...words.slice(i)].join(" ");
  };

  it("is never word for word or in other words (English)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...sentences), fc.nat(), fc.constantFrom(...ENGLISH), (s, at, detail) => {
        const claim = inserted(s, at, detail);
        const v = check(claim);
        expect(confirms(v), describeVerdict(claim, v)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("is never in other words (Russian)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...translations),
        fc.nat(),
        fc.constantFrom(...RUSSIAN),
        (s, at, detail) => {
          const claim = inserted(s, at, detail);
          const v = check(claim);
          expect(confirms(v), describeVerdict(claim, v)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("a verbatim span behind an attribution", () => {
  const FRAMES = [
    (name: string, s: string) => `${name} said that ${s}`,
    (name: string, s: string) => `${name} says ${s}`,
    (name: string, s: string) => `According to ${name}, ${s}`,
    (name: string, s: string) => `${s.replace(/[.]$/, "")}, ${name} said.`,
    (name: string, s: string) => `${name}: “${s}”`,
    (_name: string, s: string) => `"${s}"`,
  ];
  /** Each sentence and each comma-separated clause of three words or more, with who the article says it of. */
  const spans = sentences.flatMap((s) =>
    [s, ...s.split(/,\s+/)]
      .filter((piece) => piece.split(" ").length >= 3)
      .map((piece) => {
        const sources = check(piece).sources;
        const speaker = sources.find((x) => x.voice === "reported") ?? sources[0]!;
        return { piece, name: speaker.speakerId === "article" ? "the article" : speaker.speaker };
      }),
  );

  it("stays word for word, whichever frame and speaker name the article gives it", () => {
    fc.assert(
      fc.property(fc.constantFrom(...spans), fc.constantFrom(...FRAMES), ({ piece, name }, frame) => {
        const claim = frame(name, piece);
        const v = check(claim);
        expect(v.verdict, describeVerdict(claim, v)).toBe("verbatim");
      }),
      { numRuns: 300 },
    );
  });
});

describe("the evidence for a claim naming a speaker", () => {
  /** A speaker's passages (curated quotes in the speaker's voice) and their meaningful words. */
  const passages = kb.entries
    .flatMap((e) => e.quotes)
    .filter((q) => q.voice === "reported" && q.speaker !== "article")
    .map((q) => ({ speaker: kb.speakerById.get(q.speaker)!, text: q.text }));
  const OBJECTS = ["Hamas", "the violence", "Israel", "Turkey", "the Quartet", "the region", "Gaza"];

  it("is that speaker's passage wherever one has the claim's predicate", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...passages),
        fc.nat(),
        fc.constantFrom(...OBJECTS),
        ({ speaker, text }, at, object) => {
          // A predicate from the speaker's own passage, said of something else.
          const verbs = lexicon
            .tokensOf(text)
            // Lower-case in the passage: a word, not a name ("Israel").
            .filter((t) => t.role === "content" && /^[a-z]{4,}$/.test(t.surface) && text.includes(t.surface))
            .filter((t) => !NEGATORS.has(t.surface))
            .map((t) => t.surface);
          fc.pre(verbs.length > 0);
          const claim = `${speaker.name} ${verbs[at % verbs.length]} ${object}`;
          // "stresses", "believes": an attribution with the object as its whole statement, not a predicate.
          fc.pre(parseFrame(claim).name === null);
          // "spokesperson" in "Dmitry Peskov spokesperson …" is part of the name, not a predicate.
          fc.pre(
            ![speaker.name, ...speaker.aliases].some((a) =>
              a.toLowerCase().includes(verbs[at % verbs.length]!),
            ),
          );
          const v = check(claim);
          if (v.span === null) return;
          const own = v.sources.some((s) => s.speakerId === speaker.id);
          expect(own, describeVerdict(claim, v)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("shows on whom Putin puts the blame for 'Putin blamed Hamas for the violence'", () => {
    const v = check("Putin blamed Hamas for the violence");
    expect(v.verdict).toBe("altered");
    expect(v.span?.text).toContain("directs blame towards the United States");
    expect(v.changes).toContainEqual({ kind: "actor", claimed: "hamas", article: "united states" });
  });
});
