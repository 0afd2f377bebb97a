// The kinds quality-ru29 fixed, in words of our own: a yes/no asked in doubt ("…или это пресса выдумала?") read as
// the claim it doubts; Russia's part asked to be beyond dispute ("бесспорна", "никем не оспаривается") as the
// controversy, answered No; Putin's support for US policy (the opposite of what the article reports) as his
// criticism, answered No; Moscow's friendship with everyone as its ties with both sides; officials "есть в статье"
// as the roster. Guards: a real alternative after "или" stays; support for a party the article never names stays
// refused; a negated support question and a named point of US policy are left to the ranker; an off-topic thing
// "commented" by the Kremlin stays refused.
import { describe, expect, it } from "vitest";
import { withoutDoubt } from "../../src/answering/russian/doubt-asked.js";
import { asRussianFriendsWithAll } from "../../src/answering/russian/friends-with-all.js";
import { asRussianOppositeSupport } from "../../src/answering/russian/opposite-support.js";
import { withPresentAsMentioned } from "../../src/answering/russian/present-in-text.js";
import { answerOf, playChat } from "../helpers/dialogue.js";
import { realEngine as engine } from "../helpers/engine.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? (a.entry?.id ?? null) : a.kind) : null;
};
const firstReply = (q: string) => answerOf(playChat([q], { lang: "ru" })[0]!.replies[0]!);

describe("a yes/no asked in doubt (russian/doubt-asked.ts)", () => {
  it("is read as the claim it doubts", () => {
    expect(withoutDoubt("путин правда упрекает штаты или это газетчики выдумали?")).toBe(
      "путин правда упрекает штаты?",
    );
    expect(entryOf("путин взаправду винит вашингтон, или всё это пропаганда?")).toBe("putin-blames-us");
    expect(entryOf("неужели песков говорил, что кремль хочет помочь, или это утка?")).toBe(
      "kremlin-settlement-role",
    );
  });

  it("keeps a real alternative", () => {
    expect(withoutDoubt("путин винит сша или хамас?")).toBe("путин винит сша или хамас?");
    expect(withoutDoubt("песков сказал это или путин?")).toBe("песков сказал это или путин?");
  });
});

describe("Russia's part asked to be beyond dispute", () => {
  it("finds the controversy and answers No", () => {
    expect(entryOf("вовлечение москвы в мирный процесс никем не оспаривается?")).toBe(
      "russia-role-controversy",
    );
    expect(entryOf("роль рф в ближневосточном урегулировании бесспорна?")).toBe("russia-role-controversy");
    expect(firstReply("участие кремля в мирном процессе неоспоримо?").verdict).toBe("no");
    expect(firstReply("участие россии в урегулировании однозначно?").verdict).not.toBe("yes");
  });
});

describe("Putin's support for US policy (russian/opposite-support.ts)", () => {
  it("is his criticism of it, answered No", () => {
    expect(entryOf("путин поддерживает курс вашингтона в регионе?")).toBe("putin-on-us");
    expect(entryOf("кремль одобряет американскую политику?")).toBe("putin-on-us");
    expect(firstReply("путин поддерживает курс сша в регионе?").verdict).toBe("no");
    expect(firstReply("путин одобряет американский подход на ближнем востоке?").verdict).toBe("no");
  });

  it("leaves the US as supporter, a negated question and a named point as typed", () => {
    expect(asRussianOppositeSupport("сша поддерживают путина?")).toBe("сша поддерживают путина?");
    expect(asRussianOppositeSupport("путин не поддерживает политику сша?")).toBe(
      "путин не поддерживает политику сша?",
    );
    expect(asRussianOppositeSupport("путин одобряет, как сша ведут переговоры?")).toBe(
      "путин одобряет, как сша ведут переговоры?",
    );
  });

  it("of a party the article never names stays refused", () => {
    const reply = firstReply("путин поддерживает политику индии на ближнем востоке?");
    expect(reply.answer.answered).toBe(false);
  });
});

describe("Moscow friends with everyone (russian/friends-with-all.ts)", () => {
  it("is its ties with both sides", () => {
    expect(entryOf("россия со всеми пытается дружить?")).toBe("russia-impartial-mediator");
    expect(entryOf("кремль ладит и с теми, и с другими?")).toBe("russia-impartial-mediator");
  });

  it("leaves contacts with both warring sides and friendship with one side as typed", () => {
    expect(asRussianFriendsWithAll("москва дружит с обеими сторонами?")).toBe(
      "москва дружит с обеими сторонами?",
    );
    expect(asRussianFriendsWithAll("россия дружит с хамасом?")).toBe("россия дружит с хамасом?");
  });
});

describe("officials present in the text (russian/present-in-text.ts)", () => {
  it("are the roster", () => {
    expect(entryOf("какие представители россии есть в тексте?")).toBe("quotes");
    expect(entryOf("кто из российских чиновников присутствует в статье?")).toBe("quotes");
  });

  it("without a people noun stays as typed", () => {
    expect(withPresentAsMentioned("что есть в статье про иран?")).toBe("что есть в статье про иран?");
  });
});

describe("an off-topic thing the Kremlin commented on", () => {
  it("stays refused (комментировал is a verb of saying)", () => {
    expect(entryOf("неужели кремль не комментировал референдум")).toBe(null);
    expect(entryOf("песков комментировал олимпиаду?")).toBe(null);
  });
});
