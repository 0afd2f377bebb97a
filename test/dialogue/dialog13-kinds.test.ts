// dialog13: approval of what an entry's speaker criticizes is No, Russian identity questions, "who else spoke?",
// an either/or whose two sides the article both supports, and follow-ups right after a refusal. Our own
// phrasings (not the probe set's), written from the article.
import { describe, expect, it } from "vitest";
import { otherVoicesAsked } from "../../src/dialogue/other-voices.js";
import { lastAnswer, lastReply, lastVerdict } from "../helpers/dialogue.js";

describe("approval of what the speaker criticizes (approval.ts)", () => {
  it("is No, never Yes", () => {
    expect(
      lastVerdict(["what is putin's complaint about america?", "so did washington do a good job there?"]),
    ).toBe("no");
    expect(lastVerdict(["does putin believe the americans got it right in the middle east?"])).toBe("no");
    expect(
      lastVerdict(["should washington lead the peace efforts single-handedly, in putin's opinion?"]),
    ).toBe("no");
    expect(lastVerdict(["По мнению Путина, политика США на Ближнем Востоке была успешной?"], "ru")).toBe(
      "no",
    );
  });

  it("leaves a question without approval, or one already negated, to the other readings", () => {
    expect(lastVerdict(["does putin think the us failed in the middle east?"])).toBe("yes");
    expect(lastVerdict(["has the us not done enough, according to putin?"])).not.toBe("yes");
  });
});

describe("'on its own' is no pronoun", () => {
  it("keeps the idiom when the context has a topic", () => {
    const r = lastAnswer([
      "what does putin say about washington's peace efforts?",
      "should washington act on its own there?",
    ]);
    expect(r.understood ?? "").not.toMatch(/on washington own/);
  });
});

describe("who a person is, asked yes/no in Russian (identity-ru.ts)", () => {
  it("Yes for the person's own role, by pronoun or name", () => {
    expect(lastVerdict(["что говорит Путин о прекращении огня?", "а он российский президент?"], "ru")).toBe(
      "yes",
    );
    expect(lastVerdict(["Песков это официальный представитель Кремля?"], "ru")).toBe("yes");
  });
  it("No for a one-holder role the article gives someone else; doesn't say for a role it gives no one", () => {
    expect(lastVerdict(["Песков — президент России?"], "ru")).toBe("no");
    // dialog30: «президент Турции» of the one the article calls «лидер Турции» is Yes; another office is not.
    expect(lastVerdict(["Эрдоган — это президент Турции?"], "ru")).toBe("yes");
    expect(lastVerdict(["Эрдоган — это премьер-министр Турции?"], "ru")).not.toBe("yes");
  });
  it("English: a spokesperson's alias names the role", () => {
    expect(lastVerdict(["what did peskov say?", "is he the kremlin's spokesman?"])).toBe("yes");
  });
});

describe("who else spoke (other-voices.ts)", () => {
  it("reads the roster question", () => {
    expect(otherVoicesAsked("who else weighed in", "en")).not.toBeNull();
    expect(otherVoicesAsked("and which other officials commented?", "en")).not.toBeNull();
    expect(otherVoicesAsked("кто ещё из Москвы об этом говорил", "ru")).not.toBeNull();
    expect(otherVoicesAsked("who else is in the quartet", "en")).toBeNull();
    expect(otherVoicesAsked("who spoke", "en")).toBeNull();
  });
  it("answers with the other voices after an answer", () => {
    const r = lastAnswer(["what does the foreign ministry stress?", "who else weighed in?"]);
    expect(r.answer.answered).toBe(true);
    expect(r.answer.answer).toMatch(/Putin/);
    expect(r.answer.answer).toMatch(/Peskov/);
  });
});

describe("an either/or whose sides are both in the article (both-sides.ts)", () => {
  it("answers both, with no side picked", () => {
    const r = lastAnswer(["does the kremlin keep in touch with the israelis or with the palestinians?"]);
    if (r.answer.answer.startsWith("Both")) expect(r.answer.answer).toMatch(/Both, according to the article/);
    const ties = lastAnswer(["Are Russia's ties with the Palestinians or with Israel?"]);
    expect(ties.answer.answer).toMatch(/^Both, according to the article: .*Palestinians.* and .*Israel/);
  });
});

describe("right after a refusal", () => {
  it("a bare 'why?' does not answer the turn before the refusal", () => {
    const r = lastReply(["who does putin blame?", "what's the best pizza in rome?", "but why?"]);
    expect(r.kind === "answer" && r.answer.answered).toBe(false);
  });
  it("a switch stands alone", () => {
    const r = lastAnswer([
      "what did the kremlin say?",
      "who is the richest man alive?",
      "ok, what about erdogan?",
    ]);
    expect(r.answer.answer).toMatch(/Erdogan/);
  });
});
