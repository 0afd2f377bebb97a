// claims40's kinds, in claims written for this test (not the sets' lines): a deed kept away from ("avoid",
// «избегать»; opposites.ts), a member leaving the Quartet ("pulled out of", "left"; phrasal.ts), travel advice in
// other words ("stay away from the region", «держаться подальше»; new-event.ts), the Kremlin's help made a lead
// (lead-for-assist.ts), a size word before the article's "number of" and «благодаря» as a cause (phrasal.ts,
// russian-phrasal.ts), ties gone bad («натянутые отношения»), need for importance, Russia's diplomats as the
// Foreign Ministry and "Russia" / "Moscow" not (unnamed-group.ts; docs/claims.md's convention).
import { describe, expect, it } from "vitest";
import { check, expectNoneConfirmed, expectVerdicts } from "../helpers/claims.js";

describe("a deed of the passage kept away from", () => {
  it("is altered, never confirmed", () => {
    expectVerdicts([
      ["The Foreign Ministry believes Palestinians and Israelis should avoid direct dialogue", "altered"],
      ["Putin urged Erdogan to avoid resuming the negotiation process", "altered"],
      ["The Kremlin shuns communication with both warring sides", "altered"],
      ["МИД России призывает избегать прямого диалога между палестинцами и израильтянами", "altered"],
      ["Кремль избегал контактов с обеими воюющими сторонами", "altered"],
    ]);
    expectNoneConfirmed(["Moscow avoids highlighting its relationships with both Israelis and Palestinians"]);
  });
});

describe("a member of the Quartet said to leave it", () => {
  it("is altered, as «Россия вышла из квартета» is", () => {
    expectVerdicts([
      ["The European Union pulled out of the Quartet", "altered"],
      ["Russia has left the Quartet", "altered"],
      ["Moscow quit the Quartet", "altered"],
      ["Russia is the head of the Quartet", "altered"],
      ["ООН вышла из «квартета»", "altered"],
    ]);
  });

  it("keeps the Quartet's members a paraphrase", () => {
    expectVerdicts([
      ["Russia has been part of the Quartet together with the US, the UN and the EU", "paraphrase"],
    ]);
    // A party the article never puts in the Quartet: news, not its membership sentence altered.
    expectVerdicts([["Turkey quit the Quartet", "not-in-article"]]);
  });
});

describe("travel advice in other words", () => {
  it("is news the article never reports", () => {
    expectVerdicts([
      ["The Foreign Ministry told Russian citizens to stay out of Gaza", "not-in-article"],
      ["Peskov advised Russian tourists to steer clear of the Middle East", "not-in-article"],
      ["The Kremlin urged Russians to avoid travelling to Israel", "not-in-article"],
      ["МИД призвал граждан России уехать из Израиля", "not-in-article"],
      ["Кремль посоветовал россиянам избегать поездок в Израиль", "not-in-article"],
    ]);
  });

  it("leaves regional players told to stay out an alteration", () => {
    expectVerdicts([
      ["The Foreign Ministry says regional players should stay out of the situation", "altered"],
    ]);
  });
});

describe("the Kremlin's help made a lead", () => {
  it("is altered on the help's passage, the lead named", () => {
    expectVerdicts([
      ["Peskov said the Kremlin intends to head the settlement talks", "altered"],
      ["According to Peskov, Moscow wants to take charge of the peace process", "altered"],
      ["Песков сообщил, что Кремль намерен сам руководить переговорами об урегулировании", "altered"],
    ]);
    const v = check("According to Peskov, Moscow wants to take charge of the peace process");
    expect(v.span?.paragraph).toBe(3);
    expect(v.changes[0]).toMatchObject({ kind: "replaced", claimed: "take charge of", article: "assist" });
  });

  it("keeps the help itself a paraphrase", () => {
    expectVerdicts([["Peskov said the Kremlin wants to help find a settlement", "paraphrase"]]);
  });
});

describe("a size word before the article's number", () => {
  it("adds nothing: a paraphrase, in either language", () => {
    expectVerdicts([
      [
        "Russia has common ground with Israel due to the significant number of former Russian citizens there",
        "paraphrase",
      ],
      [
        "У России есть общее с Израилем благодаря значительному числу бывших российских граждан, живущих там",
        "paraphrase",
      ],
    ]);
  });

  it("keeps a small number, and ties gone bad, altered", () => {
    expectVerdicts([
      [
        "Russia shares common ground with Israel due to the tiny number of former Russian citizens there",
        "altered",
      ],
      ["У Москвы натянутые отношения с Израилем из-за большого количества бывших граждан России", "altered"],
    ]);
  });
});

describe("who speaks for the Foreign Ministry", () => {
  it("is Russia's diplomats and the MFA, not Russia, Moscow or the Kremlin", () => {
    expectVerdicts([
      ["Russia's diplomats stress the need to coordinate regional players", "paraphrase"],
      ["Russian diplomats want direct dialogue between Palestinians and Israelis", "paraphrase"],
      ["Russia wants the regional players coordinated to stabilize the situation", "misattributed"],
      ["Москва считает важным координировать региональных игроков", "misattributed"],
      ["a senior Russian diplomat said regional players must coordinate", "misattributed"],
    ]);
  });
});
