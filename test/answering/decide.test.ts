import { describe, expect, it } from "vitest";
import { decide } from "../../src/answering/decide.js";
import type { Analysis } from "../../src/answering/lexicon.js";
import { DEFAULT_TUNING } from "../../src/answering/tuning.js";
import type { Entry } from "../../src/knowledge/index.js";

const entry = (id: string, related: string[] = []): Entry => ({
  id,
  kind: "answer",
  question: `${id}?`,
  phrasings: [],
  keywords: [],
  answer: "",
  quotes: [],
  related,
});
const analysis = {
  content: ["x"],
  unknown: [] as string[],
  unknownNames: [] as string[],
  questionWords: [] as string[],
  tokens: [],
} as unknown as Analysis;
const t = DEFAULT_TUNING;

describe("decide", () => {
  it("answers a fair best whose close candidates are all one topic, when a question is asked", () => {
    const asked = { ...analysis, questionWords: ["who"] } as Analysis;
    const score = t.answerAt - t.oneTopicAllowance / 2;
    const ranked = (relatedTo: string[]) => [
      { entry: entry("a", relatedTo), score },
      { entry: entry("b"), score: score - 0.03 },
      { entry: entry("c"), score: score - t.oneTopicAllowance - 0.01 },
    ];
    expect(decide(ranked(["b"]), asked, t)).toMatchObject({ kind: "answer", entry: { id: "a" } });
    // Unrelated close candidates, or no question asked (chatter in a long message): "did you mean…?".
    expect(decide(ranked([]), asked, t).kind).toBe("ambiguous");
    expect(decide(ranked(["b"]), analysis, t).kind).toBe("ambiguous");
    // Too far below answerAt, related or not.
    const low = ranked(["b"]).map((r) => ({ ...r, score: r.score - t.oneTopicAllowance }));
    expect(decide(low, asked, t).kind).toBe("ambiguous");
  });

  it("answers when one entry clearly fits", () => {
    const d = decide(
      [
        { entry: entry("a"), score: 0.9 },
        { entry: entry("b"), score: 0.4 },
      ],
      analysis,
      t,
    );
    expect(d).toMatchObject({ kind: "answer", entry: { id: "a" }, rival: null });
  });

  it("asks 'did you mean' between the top candidates when the best is only fair", () => {
    const score = (t.answerAt + t.suggestAt) / 2;
    const d = decide(
      [
        { entry: entry("a"), score },
        { entry: entry("b"), score: score - 0.01 },
      ],
      analysis,
      t,
    );
    expect(d.kind).toBe("ambiguous");
    expect(d.kind === "ambiguous" && d.candidates.map((e) => e.id)).toEqual(["a", "b"]);
  });

  it("asks 'did you mean' when two unrelated entries fit about equally and neither is sure", () => {
    const score = (t.answerAt + t.sureAt) / 2;
    const d = decide(
      [
        { entry: entry("a"), score },
        { entry: entry("b"), score: score - 0.01 },
      ],
      analysis,
      t,
    );
    expect(d.kind).toBe("ambiguous");
  });

  it("answers when the close rival is a related entry, and names the rival", () => {
    const score = (t.answerAt + t.sureAt) / 2;
    const d = decide(
      [
        { entry: entry("a", ["b"]), score },
        { entry: entry("b"), score: score - 0.01 },
      ],
      analysis,
      t,
    );
    expect(d).toMatchObject({ kind: "answer", entry: { id: "a" }, rival: { id: "b" } });
  });

  it("refuses below the suggestion threshold, and when nothing ranked", () => {
    expect(decide([{ entry: entry("a"), score: t.suggestAt - 0.01 }], analysis, t).kind).toBe("refuse");
    expect(decide([], analysis, t).kind).toBe("refuse");
  });
});

describe("decide with an unknown name in the question", () => {
  it("refuses instead of asking 'did you mean', and still offers the near entries", () => {
    const withName = { content: ["x", "biden"], unknown: ["biden"], unknownNames: ["biden"] } as Analysis;
    const score = (t.answerAt + t.suggestAt) / 2;
    const d = decide([{ entry: entry("a"), score }], withName, t);
    expect(d.kind).toBe("refuse");
    expect(d.kind === "refuse" && d.candidates.map((e) => e.id)).toEqual(["a"]);
  });

  it("refuses even when an entry fits well otherwise (Putin and Biden is about Biden)", () => {
    const withName = { content: ["x", "biden"], unknown: ["biden"], unknownNames: ["biden"] } as Analysis;
    expect(decide([{ entry: entry("a"), score: 0.95 }], withName, t).kind).toBe("refuse");
  });
});
