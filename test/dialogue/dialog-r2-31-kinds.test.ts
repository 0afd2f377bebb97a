// dialog-r2-31 (session 31): follow-ups read in context, round 2 — «туда» after a topic that names no place, an
// either-or whose second side is "only Y", another party's role switched in, a party asked with "anything in there
// about …", a "doesn't say" gap that keeps the chat's topic, and «про него» read as a thing-topic. Own wordings.
import { describe, expect, it } from "vitest";
import { alternativesOf } from "../../src/dialogue/alternative.js";
import { withoutExclusive } from "../../src/dialogue/exclusive-side.js";
import { wordsFor } from "../../src/dialogue/language.js";
import { mentionAsked } from "../../src/dialogue/mentions.js";
import { topicNamesPlace, toThereAsRegion } from "../../src/dialogue/place-pronoun.js";
import { partyForRole } from "../../src/dialogue/role-of-party.js";
import { lastAnswer, lastEntry, lastVerdict, playChat } from "../helpers/dialogue.js";

describe("«туда» after a topic", () => {
  it("is the region when the topic names no place, the topic when it does", () => {
    expect(toThereAsRegion("москва пошлёт туда солдат?", "опасаются обострения")).toBe(
      "москва пошлёт в регион солдат?",
    );
    expect(toThereAsRegion("а китай туда входит?", "кто входит в квартет")).toBeNull();
    expect(topicNamesPlace("бывшие граждане живут в израиле")).toBe(true);
  });
  it("keeps the troops question after the feared spread", () => {
    expect(lastEntry(["чего опасаются из-за обострения", "Москва отправит туда армию?"], "ru")).toBe(
      "russia-military-involvement",
    );
  });
});

describe("an either-or whose second side is 'only Y'", () => {
  it("asks Y itself, a second predicate of the same subject", () => {
    expect(withoutExclusive("путин лишь винит сша")).toBe("путин винит сша");
    expect(
      alternativesOf("путин правда жалеет погибших или только ругает вашингтон", wordsFor("ru")),
    ).toEqual(["путин правда жалеет погибших", "путин правда ругает вашингтон"]);
  });
  it("answers both halves when the article holds both", () => {
    const reply = lastAnswer(["путин правда жалеет погибших или только ругает вашингтон"], "ru");
    expect(reply.answer.answer).toMatch(/^И то и другое/);
  });
});

describe("another party's role switched in", () => {
  it("is that party; Russia's own role stays", () => {
    expect(partyForRole("роль вашингтона")).toBe("вашингтона");
    expect(partyForRole("роль россии")).toBe("роль россии");
    expect(partyForRole("america's part")).toBe("america");
  });
  it("finds Putin's charge against the US after the civilians", () => {
    expect(lastEntry(["что путин сказал про гибель мирных", "а про роль вашингтона?"], "ru")).toBe(
      "putin-on-us",
    );
  });
});

describe("'anything in there about X'", () => {
  it("is a mention question", () => {
    expect(mentionAsked("anything in there about qatar?", "en")).toBe("qatar");
    expect(mentionAsked("is there anything on jordan in the article", "en")).toBe("jordan");
    expect(mentionAsked("а про катар тут пишут что-нибудь?", "ru")).toBe("катар");
  });
  it("answers that the article does not mention a party it never names", () => {
    expect(lastAnswer(["quick summary?", "anything in there about qatar?"]).answer.answer).toMatch(
      /does not mention qatar/,
    );
  });
});

describe("a 'doesn't say' gap asked of the topic", () => {
  it("keeps the chat's topic for the next pronoun", () => {
    const turns = playChat(["что такое квартет", "его основали давно?", "путин о нём что-нибудь говорил?"], {
      lang: "ru",
    });
    expect(turns[1]!.context?.refused ?? false).toBe(false);
    expect(turns[1]!.context?.topic).toMatch(/квартет/);
    const last = turns[2]!.replies[0]!;
    expect(last.kind === "answer" && last.understood).toMatch(/квартет/);
  });
});

describe("unchanged", () => {
  it("an or-question of two objects", () => {
    expect(lastVerdict(["did putin blame the us or only hamas"])).toBeNull();
  });
});
