// The kinds quality-ru50 fixed, in words of our own: criticism in colloquial verbs (who criticises the US, whom
// Putin "гонит на"), Putin said to be silent on a story topic he does speak of, a dispute told and closed by a bare
// "кто прав?", the reported call asked of another voice (Peskov, the ministry), and why Russia is in the story.
// Guards: Russia's own role stays the article's silence, another voice's silence and a stranger's criticism stay as
// typed, a dispute off the story stays refused, and "молчит о …" never gets the mention entry's "Да".
import { describe, expect, it } from "vitest";
import { asRussianCriticism } from "../../src/answering/russian/criticism-slang.js";
import { disputedClaimOf } from "../../src/answering/russian/disputed-claim.js";
import { asRussianOtherCaller } from "../../src/answering/russian/other-caller.js";
import { asRussianSilentOn } from "../../src/answering/russian/silent-on.js";
import { asRussianWhyRussia } from "../../src/answering/russian/why-russia.js";
import { answerOf, playChat } from "../helpers/dialogue.js";
import { realEngine as engine } from "../helpers/engine.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? (a.entry?.id ?? null) : a.kind) : null;
};
const firstReply = (q: string) => answerOf(playChat([q], { lang: "ru" })[0]!.replies[0]!);

describe("criticism in colloquial verbs (russian/criticism-slang.ts)", () => {
  it("reads the idioms as criticism or blame", () => {
    expect(asRussianCriticism("путин опять бочку катит на штаты")).toBe("путин опять критикует штаты");
    expect(asRussianCriticism("на кого президент валит всю вину?")).toBe("кого президент винит");
    expect(asRussianCriticism("кто там гонит на вашингтон")).toBe("кто винит вашингтон");
    expect(entryOf("путин жёстко прошёлся по американцам?")).toBe("putin-on-us");
    expect(entryOf("кто в заметке наезжает на америку")).toBe("author-view-on-blame");
    expect(entryOf("кого в тексте песочат")).toBe("putin-blames-us");
  });

  it("leaves plain questions and strangers as they were", () => {
    expect(asRussianCriticism("что сказал путин о сша")).toBe("что сказал путин о сша");
    expect(entryOf("на кого бочку катит макрон")).toBeNull();
    expect(asRussianCriticism("кто ругает палестинцев")).toBe("кто критикует палестинцев");
  });
});

describe("Putin said to be silent on a topic he speaks of (russian/silent-on.ts)", () => {
  it("is what he said of it", () => {
    expect(asRussianSilentOn("путин вообще ни слова не сказал о мирных жителях")).toBe(
      "что путин сказал про мирных жителях",
    );
    expect(entryOf("путин про палестинцев вообще молчит?")).toBe("us-ignores-palestinian-interests");
    expect(entryOf("путин не упомянул палестинское государство?")).toBe("palestinian-state");
  });

  it("leaves Russia's own role, another voice and unknown matters", () => {
    const own = "путин ни слова не сказал о роли россии";
    expect(asRussianSilentOn(own)).toBe(own);
    const other = "песков ни слова не сказал про палестинцев";
    expect(asRussianSilentOn(other)).toBe(other);
    const unknown = "путин молчит про футбол";
    expect(asRussianSilentOn(unknown)).toBe(unknown);
  });

  it("never answers a silence with the mention entry's Да", () => {
    expect(firstReply("путин молчит о палестинцах?").verdict).not.toBe("yes");
    expect(firstReply("путин молчит о роли россии?").verdict).toBe("yes");
  });
});

describe("a dispute closed by a bare 'кто прав?' (russian/disputed-claim.ts)", () => {
  it("asks the other side's claim", () => {
    expect(disputedClaimOf("тёща уверяет, что путин звонил байдену, а я сомневаюсь. кто из нас прав?")).toBe(
      "путин звонил байдену?",
    );
    expect(disputedClaimOf("муж говорит путин против переговоров, я говорю нет. кто прав?")).toBe(
      "путин против переговоров?",
    );
    const reply = firstReply("тёща уверяет, что путин звонил байдену, а я сомневаюсь. кто из нас прав?");
    expect(reply.verdict).toBe("no");
    expect(reply.answer.entry?.id).toBe("putin-erdogan-call");
  });

  it("needs the closing dispute and a claim told", () => {
    expect(disputedClaimOf("путин звонил байдену. кто прав?")).toBeNull();
    expect(disputedClaimOf("тёща уверяет, что путин звонил байдену")).toBeNull();
    expect(entryOf("сосед уверяет, что доллар упадёт, а я нет. кто прав?")).toBeNull();
  });
});

describe("the reported call asked of another voice (russian/other-caller.ts)", () => {
  it("is the call, whose verdict is doesn't say as in English", () => {
    expect(asRussianOtherCaller("песков тоже созванивался с эрдоганом?")).toBe(
      "с кем путин говорил по телефону",
    );
    expect(entryOf("а мид по телефону разговаривал с турецким лидером?")).toBe("putin-erdogan-call");
    expect(firstReply("Песков беседовал с Эрдоганом по телефону?").verdict).toBe("not-said");
  });

  it("leaves what was said and a stranger as typed", () => {
    const said = "что песков говорил эрдогану";
    expect(asRussianOtherCaller(said)).toBe(said);
    expect(entryOf("песков созванивался с макроном?")).toBeNull();
  });
});

describe("why Russia is in the story (russian/why-russia.ts)", () => {
  it("is the part Russia plays", () => {
    expect(asRussianWhyRussia("ну а москва тут вообще при чём")).toBe("какую роль играет россия");
    expect(entryOf("кремль-то тут каким боком?")).toBe("kremlin-settlement-role");
  });

  it("leaves a question of its own", () => {
    const own = "россия зачем звонила эрдогану";
    expect(asRussianWhyRussia(own)).toBe(own);
  });
});
