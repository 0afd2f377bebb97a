// The adversarial generator (src/eval/claims-adversarial.ts) as properties: every variant it makes of every
// article sentence that changes the meaning (negation added, dropped or moved, opposite or subtly different word,
// another speaker, another actor, a new assertion) is never confirmed, even behind any attribution frame; and
// the kinds it labels by construction keep their measured figures.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ClaimVerdict, createClaimChecker } from "../../src/claims/index.js";
import { confirms, isFalseClaim } from "../../src/eval/claims.js";
import { adversarialClaims, type GeneratedClaim } from "../../src/eval/claims-adversarial.js";
import { realKb as kb } from "../helpers/engine.js";

const check = createClaimChecker(kb);
const generated = adversarialClaims(kb);
const falseClaims = generated.filter((g) => isFalseClaim(g.expect));
const say = (g: GeneratedClaim, claim: string, v: ClaimVerdict) =>
  `${g.kind}: ${claim}\n-> ${v.verdict} ¶${v.span?.paragraph} ${JSON.stringify(v.changes)} unbacked ${v.unbacked}`;

/** Attributions a reader may put around a claim, to the article or to a speaker the claim does not name. */
const FRAMES = [
  (s: string) => s,
  (s: string) => `According to the article, ${lower(s)}`,
  (s: string) => `The article says that ${lower(s)}`,
  (s: string) => `“${s.replace(/\.$/, "")}”`,
  (s: string) => `${s.replace(/\.$/, "")}, the article says.`,
  (s: string) => `It is reported that ${lower(s)}`,
];
/** A sentence's first word in lower case after a frame, unless it is a name ("Putin", "Netanyahu"). */
const lower = (s: string) =>
  /^(?:The|There|Amidst|While|However|Alongside|As|In|It|Ultimately|Particularly|Which)\b/.test(s)
    ? s[0]!.toLowerCase() + s.slice(1)
    : s;

describe("the adversarial variants of every article sentence", () => {
  it("makes every kind, each many times", () => {
    const kinds = new Map<string, number>();
    for (const g of generated) kinds.set(g.kind, (kinds.get(g.kind) ?? 0) + 1);
    for (const kind of [
      "frame",
      "negation-insert",
      "negation-drop",
      "opposite",
      "actor-swap",
      "speaker-swap",
      "phrasal-opposite",
      "phrasal-paraphrase",
      "quoted-run",
    ])
      expect(kinds.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(15);
    expect(kinds.get("new-assertion")).toBe(60);
    expect(falseClaims.length).toBeGreaterThanOrEqual(250);
  });

  it("never confirms a variant that changes the meaning", () => {
    const confirmed = falseClaims
      .map((g) => ({ g, v: check(g.claim) }))
      .filter(({ v }) => confirms(v.verdict))
      .map(({ g, v }) => say(g, g.claim, v));
    expect(confirmed).toEqual([]);
  });

  it("never confirms one behind any attribution to the article", () => {
    fc.assert(
      fc.property(fc.constantFrom(...falseClaims), fc.constantFrom(...FRAMES), (g, frame) => {
        const claim = frame(g.claim);
        const v = check(claim);
        expect(confirms(v.verdict), say(g, claim, v)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  // Figures measured when the generator was written (npm run claims -- --adversarial), a little below as floors.
  const floors: Record<string, number> = {
    frame: 1,
    "negation-insert": 1,
    "negation-drop": 1,
    "negation-move": 1,
    opposite: 0.95,
    "actor-swap": 0.9,
    "speaker-swap": 0.75,
    "frame-swap": 1,
    synonym: 0.95,
    synonyms: 0.95,
    reorder: 1,
    "new-assertion": 0.95,
    // Added with the phrasal verbs and the quotation marks inside a claim (before: 48%, 63%, 0%, 100%).
    "phrasal-opposite": 1,
    "phrasal-paraphrase": 0.95,
    "quoted-run": 1,
    "quoted-swap": 1,
  };
  it.each(Object.entries(floors))("%s: right at or above %d", (kind, floor) => {
    const of = generated.filter((g) => g.kind === kind);
    const wrong = of
      .map((g) => ({ g, v: check(g.claim) }))
      .filter(({ g, v }) => v.verdict !== g.expect)
      .map(({ g, v }) => `expected ${g.expect}: ${say(g, g.claim, v)}`);
    expect(of.length).toBeGreaterThan(0);
    expect((of.length - wrong.length) / of.length, wrong.join("\n")).toBeGreaterThanOrEqual(floor);
  });
});
