// quality43's engine kinds (wave BT's blind93 / blind-ru89 misses), in phrasings of our own: a brief asked with its
// plea in chat ("gimme the tl;dr on what …", topic-brief.ts); the engine's own Yes on a party's statement asked by
// its question mark alone ("putin blame usa?"), on a cleft whose named one is the point's doer ("was it Peskov who
// …"), on the Quartet's membership with another member named beside it, and in Russian on Latin names, a fear noun
// before «что», «что-нибудь», a pronoun after a remark and the hearsay around a claim (owned-question-shapes.ts,
// owned-verdict.ts, owned-points-stated.ts).
// Probe sets (engine, first run on 2d0b11dd before the change → after): probes-en85 41.7% → 100% (12 lines),
// probes-ru85 30.0% → 100% (10 lines); through ask 66.7% → 83.3% and 80.0% → 80.0% (the yes/no layer's lines left to
// verdict43).
import { describe, expect, it } from "vitest";
import {
  cleftAsked,
  partyStatementAsked,
  pronounOfRemark,
  russianPlain,
  withoutFellowMember,
} from "../../src/answering/owned-question-shapes.js";
import { ownedVerdict } from "../../src/answering/owned-verdict.js";
import { asTopicBrief } from "../../src/answering/topic-brief.js";
import { expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";
import { itHoldsProbeFloors, opening } from "../helpers/probe-floors.js";

describe("quality43's shapes", () => {
  it("reads a brief asked with a chat plea as its topic", () => {
    expectRows(asTopicBrief, [
      ["gimme the gist on what moscow wants", "what moscow wants"],
      ["lemme have the rundown on what putin wants from this mess", "what putin wants from this mess"],
    ]);
    expectUnchanged(asTopicBrief, ["gimme the tl;dr", "gimme the gist pls"]);
  });
  it("reads a party's statement asked by its mark, and a cleft as 'did X'", () => {
    expect(partyStatementAsked("putin blame usa?")).toBe(true);
    expect(partyStatementAsked("the us blames putin?")).toBe(false);
    expect(partyStatementAsked("putin blames the us")).toBe(false);
    expect(cleftAsked("was it peskov who said it")).toEqual({ name: "peskov", asked: "did peskov said it" });
    expect(cleftAsked("wasn't it peskov who said it")).toBeNull();
    expect(withoutFellowMember("Is Russia in the Quartet along with the EU?")).toBe(
      "Is Russia in the Quartet?",
    );
    expectUnchanged(withoutFellowMember, ["Is Russia in the Quartet along with Turkey?"]);
  });
  it("reads Russian names, fears, «что-нибудь» and hearsay plainly", () => {
    expectRows(russianPlain, [
      ["putin винит сша?", "путин винит сша?"],
      ["есть страх, что война перекинется?", "есть страх война перекинется?"],
      ["песков что-то говорил?", "песков   говорил?"],
      ["пишут, что москва дружит с израилем, это правда?", "москва дружит с израилем?"],
    ]);
    expectRows(
      (q: string) => pronounOfRemark("Путин просто пиарится. ", q),
      [["Он признаёт это?", "Путин признаёт это?"]],
    );
    expectUnchanged((q: string) => pronounOfRemark("Путин и Песков молчат. ", q), ["Он признаёт это?"]);
  });
});

describe("the engine's own verdict on them", () => {
  it("says Yes where the point is the card's", () => {
    for (const [q, lang, entry] of [
      ["putin blames america?", "en", "putin-blames-us"],
      ["Was it Peskov who mentioned the settlement?", "en", "kremlin-settlement-role"],
      ["Is the US in the Quartet together with Russia?", "en", "quartet-members"],
      ["Есть ли риск, что конфликт распространится за пределы региона?", "ru", "crisis-spread-fears"],
      ["Peskov упоминал урегулирование?", "ru", "peskov-statement"],
      ["Путин опять за своё. Он признаёт, что палестинцам нужно государство?", "ru", "palestinian-state"],
      [
        "говорят, что кремль общается и с израилем, и с палестинцами, верно?",
        "ru",
        "russia-impartial-mediator",
      ],
    ] as const)
      expect(ownedVerdict(q, lang, entry)?.verdict, q).toBe("yes");
  });
  it("owns nothing where the named one is not the doer, or a turn or a wrong party is asked", () => {
    for (const [q, lang, entry] of [
      [
        "was it putin who said the kremlin wants to help reach a settlement?",
        "en",
        "kremlin-settlement-role",
      ],
      ["was it putin who talked about a constructive role?", "en", "kremlin-settlement-role"],
      ["putin blames who?", "en", "putin-blames-us"],
      ["Песков что-нибудь говорил про Путина и урегулирование?", "ru", "peskov-statement"],
      ["тут пишут что россия не дружит с израилем, это правда?", "ru", "russia-israel-ties"],
      [
        "Мне кажется, Песков врёт. Он признаёт, что палестинцам нужно государство?",
        "ru",
        "palestinian-state",
      ],
      ["Не верю им. Он признаёт, что палестинцам нужно государство?", "ru", "palestinian-state"],
    ] as const)
      expect(ownedVerdict(q, lang, entry), q).toBeNull();
  });
  it("answers through the engine with the verdict first", () => {
    expect(opening("putin blames washington?")).toBe("Yes.");
    expect(opening("Putin думает, что политика США потерпела провал?")).toBe("Да.");
  });
  itHoldsProbeFloors([
    ["probes-en85.jsonl", 1, 1],
    ["probes-ru85.jsonl", 1, 1],
  ]);
});

describe("quality43's readers stay linear on long input", () => {
  it("the shapes", () => {
    expectLinearOnLongInput(
      (s) => {
        russianPlain(s);
        cleftAsked(s);
        partyStatementAsked(s);
        ownedVerdict(s, "ru", "peskov-statement");
      },
      ["пишут, что ", "опасения, что ", "что-то ", "was it peskov who ", "putin ", ", это правда?"],
    );
  });
});
