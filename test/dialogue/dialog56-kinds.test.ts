// dialog27 (session 27, own set dialogues-own56): wave AG's kinds — "does it say who's to blame?" after an
// institution's answer (was a false No: "it" read as the Foreign Ministry), an admission asked of a party the
// article never quotes ("did washington own up…?" was a false Yes), a claim with an article tag ("…, is that what
// the piece says?") and a belief lead ("am I right that…"), a doer swapped into a push or a demand ("erdogan was
// the one pushing for a truce"), "the kremlin's man", «в чём конкретно?» after a charge, a voice asked whether it
// commented on the last topic, the piece's point asked at length, and a meeting with someone the article never
// names. Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { admissionAsReaction } from "../../src/dialogue/admission.js";
import { withTrueTag } from "../../src/dialogue/bare-tag.js";
import { loadConversation } from "../../src/dialogue/index.js";
import { piecePointOf } from "../../src/dialogue/piece-point.js";
import { SpeakerNames } from "../../src/dialogue/speakers.js";
import { withQuizRead } from "../../src/dialogue/true-or-false.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const realDialogueSpeakers = new SpeakerNames(realKb);

const realBot = () =>
  createTestBot({ kb: realKb, engine: realEngine, conversation: loadConversation(REAL_KB_DIR, realKb) });

describe("'does it say who…' after an institution's answer", () => {
  it("is the article, never a false No on the ministry's words, through the bot", async () => {
    const t = realBot();
    await t.send("what is the foreign ministry calling for");
    await t.send("does it say who is at fault?");
    const text = visibleText(t.api.lastReply());
    expect(text).not.toMatch(/^No\b/mu);
    expect(text).toMatch(/^Yes\b/mu);
    expect(text).toMatch(/United States|\bUS\b/u);
  });
  it("'what does it want?' after the Kremlin is still the Kremlin", () => {
    const a = lastAnswer(["what does the kremlin say", "what does it want?"]);
    expect(a.answer.entry?.id).not.toBe("putin-blames-us");
  });
});

describe("an admission asked of a party the article never quotes", () => {
  it("is doesn't say, never the entry's Yes, through the bot", async () => {
    const t = realBot();
    await t.send("has america ever owned up to its failure?");
    const text = visibleText(t.api.lastReply());
    expect(text).not.toMatch(/^Yes\b/mu);
    expect(lastVerdict(["did the us admit it was wrong?"])).toBe("not-said");
    expect(lastVerdict(["вашингтон признал свои ошибки?"], "ru")).not.toBe("yes");
    expect(lastVerdict(["американцы признали свою неправоту?"], "ru")).toBe("not-said");
  });
  it("an admission the engine cannot place is asked as the party's reaction: doesn't say", () => {
    const a = lastAnswer(["вашингтон признал свою ошибку?"], "ru");
    expect(a.verdict).toBe("not-said");
    expect(a.answer.entry?.kind).toBe("not-in-article");
    expect(admissionAsReaction("путин признал ошибку?", "ru", realDialogueSpeakers)).toBeNull();
  });
  it("a quoted voice's acknowledging keeps its verdict", () => {
    expect(lastVerdict(["does putin acknowledge the need for a palestinian state?"])).toBe("yes");
  });
});

describe("a claim asked against the article", () => {
  it("reads the tag and the hearsay lead off", () => {
    expect(withTrueTag("i read that putin phoned erdogan. is that what the article says?")).toBe(
      "putin phoned erdogan. Is that true?",
    );
    expect(withTrueTag("я слышал, что путин звонил эрдогану. в статье правда так написано?")).toBe(
      "путин звонил эрдогану. Это правда?",
    );
    expect(withTrueTag("what does the article say?")).toBe("what does the article say?");
    expect(withQuizRead("am i right that putin wants talks to resume?")).toBe(
      "putin wants talks to resume. Is that true?",
    );
  });
  it("gives the article's Yes for what it reports, and a hedge word is no quantity", () => {
    expect(
      lastVerdict([
        "people keep saying moscow wants to come across as some sort of impartial mediator between israelis and palestinians. does the article back that up?",
      ]),
    ).toBe("yes");
  });
  it("a doer swapped into a push or a demand is No", () => {
    expect(lastVerdict(["am i right that erdogan was the one pressing for a truce?"])).toBe("no");
    expect(lastVerdict(["правда, что это эрдоган требовал прекращения огня?"], "ru")).toBe("no");
    expect(lastVerdict(["hey is it true erdogan was the one who demanded a ceasefire"])).toBe("no");
    // The article's own doer keeps the Yes.
    expect(lastVerdict(["am i right that putin was the one pushing for a ceasefire?"])).not.toBe("no");
  });
});

describe("a person as a seat's man", () => {
  it("'the kremlin's man' is Yes for Peskov, No for Erdogan", () => {
    expect(lastVerdict(["is peskov basically the kremlin's mouthpiece here?"])).toBe("yes");
    expect(lastVerdict(["песков — голос кремля?"], "ru")).toBe("yes");
    expect(lastVerdict(["is erdogan the kremlin's man?"])).toBe("no");
  });
});

describe("follow-ups on a charge and on a topic", () => {
  it("«в чём конкретно?» after whom Putin blames is what he faults them for", () => {
    const a = lastAnswer(["кого винит путин", "а в чём именно?"], "ru");
    expect(a.answer.answer).toMatch(/провал|монопол|интерес|компромисс/u);
  });
  it("a voice asked whether it commented on the last topic: Yes with its words, through the bot", async () => {
    const t = realBot();
    await t.send("сколько мирных жителей погибло в газе");
    await t.send("а путин как-то это прокомментировал?");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/^Да(?!\p{L})/mu);
    expect(text).toMatch(/мирных|жертв/u);
    expect(lastVerdict(["how many civilians were killed", "has putin commented on that at all?"])).toBe(
      "yes",
    );
  });
});

describe("the piece's point asked at length", () => {
  it("is the article's conclusion, one answer", () => {
    expect(
      piecePointOf("ok what's the main takeaway of this article, like what is it getting at about the war"),
    ).toBe("what is the article's conclusion?");
    expect(piecePointOf("what's the takeaway of the article")).toBeNull();
    const a = lastAnswer([
      "so what's the bottom line of the article, i mean why does this conflict keep coming back",
    ]);
    expect(a.answer.entry?.id).toBe("article-conclusion");
  });
});

describe("the warring sides asked with 'basically'", () => {
  it("is Yes with the article's sentence; another party is no Yes", () => {
    expect(lastVerdict(["what is happening in gaza", "basically it's hamas against israel, then?"])).toBe(
      "yes",
    );
    expect(lastVerdict(["кого винит путин", "в общем, израиль против хамаса?"], "ru")).toBe("yes");
    expect(lastVerdict(["what is happening in gaza", "so basically it's israel against iran?"])).not.toBe(
      "yes",
    );
  });
});

describe("a meeting with someone the article never names", () => {
  it("is refused, not the call's «не сказано», through the bot", async () => {
    const t = realBot();
    await t.send("макрон с путиным встретятся?");
    const text = visibleText(t.api.lastReply());
    expect(text).not.toMatch(/Эрдоган/u);
    expect(lastVerdict(["will putin and erdogan meet again?"])).toBe("not-said");
    expect(lastVerdict(["will putin and erdogan meet?"])).not.toBe("no");
  });
});
