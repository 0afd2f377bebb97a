// claims39's kinds, in claims written for this test (not the sets' lines): a condition of the claim's own on a real
// statement (condition-apart.ts), a speaker's words opening on another speaker's name (speaker-swapped.ts) or under
// another's saying frame (speaker-moved.ts), a bare call and blame for the escalation on a party the article never
// names (contact-news.ts, blame-for-surge.ts), a statement weakened under piled modals (weakened-apart.ts), travel
// advice the article never reports (new-event.ts), an opening «вряд ли» read at the verb (russian.ts).
import { describe, expect, it } from "vitest";
import { check, expectNoneConfirmed, expectVerdicts } from "../helpers/claims.js";

describe("a condition of the claim's own on a statement the article makes", () => {
  it("is altered, the condition named", () => {
    expectVerdicts([
      ["Putin told Erdogan the fighting must stop, but only once Hamas returns every captive", "altered"],
      ["The Kremlin wants to help find a settlement provided that Washington steps aside", "altered"],
      ["Putin called for talks to resume, but only if Israel halts its offensive first", "altered"],
      ["Путин считает, что прекращение огня нужно лишь после того, как ХАМАС отпустит пленных", "altered"],
      ["Кремль готов помочь в поиске урегулирования только при условии ухода США", "altered"],
    ]);
    const v = check("Putin told Erdogan the fighting must stop, but only once Hamas returns every captive");
    expect(v.changes).toContainEqual(expect.objectContaining({ kind: "added" }));
  });

  it("leaves «пока не» (not yet) and a true claim alone", () => {
    expectVerdicts([
      ["Песков сообщил, что встреча Путина с Макроном пока не планируется", "not-in-article"],
      ["Putin urged an immediate ceasefire in his call with Erdogan", "paraphrase"],
    ]);
  });
});

describe("one speaker's words in another's mouth", () => {
  it("is misattributed", () => {
    expectVerdicts([
      ["Песков признал необходимость существования палестинского государства", "misattributed"],
      ["МИД России признаёт необходимость создания палестинского государства", "misattributed"],
      ["peskov says moscow wants direct dialogue between palestinians and israelis", "misattributed"],
    ]);
  });

  it("keeps a claim whose reading with the passage's speaker is only a clause's", () => {
    expectNoneConfirmed(["The Kremlin only speaks with the Palestinians and ignores Israel"]);
    expect(check("The Kremlin only speaks with the Palestinians and ignores Israel").verdict).not.toBe(
      "misattributed",
    );
  });
});

describe("a party the article never names", () => {
  it("a bare call is news; with its matter it is the article's call altered", () => {
    expectVerdicts([
      ["Putin had a telephone conversation with Olaf Scholz", "not-in-article"],
      ["Peskov said Putin talked with Macron by phone", "not-in-article"],
      ["Путин поговорил по телефону с Макроном", "not-in-article"],
      ["Putin spoke with Macron by phone about the need for a ceasefire", "altered"],
      ["Путин в разговоре с Шольцем призвал к немедленному прекращению огня", "altered"],
    ]);
  });

  it("blame for the escalation on it is news; on a party the article names, altered", () => {
    expectVerdicts([
      ["Putin blames China for the escalation in the region", "not-in-article"],
      ["Путин обвиняет Иран в эскалации в регионе", "not-in-article"],
      ["Putin blamed the Palestinians alone for the escalation", "altered"],
      ["Putin blamed Washington for the escalation in the Middle East", "paraphrase"],
    ]);
  });
});

describe("a firm statement weakened under piled modals", () => {
  it("is altered", () => {
    expectVerdicts([
      ["Putin said the latest surge might possibly hint at some small problems in US policy", "altered"],
      ["Putin thinks the surge in violence could possibly point to minor flaws of US policy", "altered"],
    ]);
  });
});

describe("travel advice the article never reports", () => {
  it("is news", () => {
    expectVerdicts([
      ["The Foreign Ministry told Russians not to travel to the Gaza Strip", "not-in-article"],
      ["МИД России не рекомендовал россиянам поездки в Израиль", "not-in-article"],
    ]);
  });
});

describe("an opening «вряд ли» read at the verb", () => {
  it("names the negated verb, not the subject", () => {
    const v = check("Вряд ли МИД России выступает за прямой палестино-израильский диалог");
    expect(v.verdict).toBe("altered");
    const said = v.changes.filter((c) => c.kind === "negation").map((c) => c.claimed);
    expect(said.join(" ")).not.toMatch(/мид/u);
    expect(said.join(" ")).toMatch(/не /u);
  });
});
