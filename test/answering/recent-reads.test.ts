// The engine keeps its last readings: a text read again within them (explain() after a refused answer, the yes/no
// test's concepts) is not analysed twice, and every answer, explanation and concept list is what a fresh engine,
// which has read nothing before, gives for it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createEngine } from "../../src/answering/index.js";
import { Lexicon } from "../../src/answering/lexicon.js";
import { READS_KEPT } from "../../src/answering/recent-reads.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const kb = loadKnowledgeBase(REAL_KB_DIR);

const TEXTS = [
  "who did putin call?",
  "what did biden say about putin",
  "pesk0v kremln role",
  "does putin want the fighting to go on?",
  "россия входит в квартет?",
  "did Peskov comment on the ruble",
];

afterEach(() => vi.restoreAllMocks());

describe("the engine's recent readings", () => {
  it("reads a text once for its answer, its explanation and its concepts", () => {
    const engine = createEngine(kb);
    engine.findAnswer("warm the russian reader up: путин");
    const analyse = vi.spyOn(Lexicon.prototype, "analyse");
    engine.findAnswer("what did biden say about putin");
    engine.explain("what did biden say about putin");
    engine.contentTerms("what did biden say about putin");
    expect(analyse).toHaveBeenCalledTimes(1);
  });

  it("answers, explains and gives concepts as an engine that has read nothing else", () => {
    const warm = createEngine(kb);
    const fresh = new Map(TEXTS.map((t) => [t, createEngine(kb)]));
    const filler = Array.from({ length: READS_KEPT + 5 }, (_, i) => `what did putin say ${i}`);
    // Each text read warm three times: straight after itself, after the others, and after more texts than are kept.
    for (const round of [TEXTS, [...TEXTS].reverse(), [...filler, ...TEXTS]]) {
      for (const text of round) {
        const own = fresh.get(text);
        if (!own) {
          warm.findAnswer(text);
          continue;
        }
        expect(warm.findAnswer(text), text).toEqual(own.findAnswer(text));
        expect(warm.explain(text), text).toEqual(own.explain(text));
        expect(warm.contentTerms(text), text).toEqual(own.contentTerms(text));
      }
    }
  }, 60_000);

  it("keeps a reading apart from what a caller does with the explanation it was given", () => {
    const engine = createEngine(kb);
    const first = engine.explain("pesk0v kremln role");
    first.ranked.length = 0;
    first.tokens.length = 0;
    expect(engine.explain("pesk0v kremln role")).toEqual(createEngine(kb).explain("pesk0v kremln role"));
  });
});
