// quality-en27: the reply length or a want's place asked beside a question (reply-length.ts, want-where.ts), the
// article's own phrase quoted back (phrase-meaning.ts), whether the fighting stays contained (stay-contained.ts),
// the call's subject asked between options (call-subject.ts), Russia's share of the blame with Putin's silence on
// it (own-share.ts), several asks of Putin's remarks in one message (several-asks.ts), a mention asked of a voice
// answered from the quote holding it (mentioned-by.ts), and an off-topic yes/no beside one known word refused
// (off-topic-yes-no.ts, third-party-agreement.ts). Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { asCallSubject } from "../../src/answering/call-subject.js";
import { asHistoryWith } from "../../src/answering/history-with.js";
import { asPhraseMeaning } from "../../src/answering/phrase-meaning.js";
import { withoutReplyLength } from "../../src/answering/reply-length.js";
import { asStayContained } from "../../src/answering/stay-contained.js";
import { withoutWantPlace } from "../../src/answering/want-where.js";
import { answerChecks } from "../helpers/answering.js";
import { askOnce, lastAnswer } from "../helpers/dialogue.js";

const en = answerChecks("en");

describe("how long the reply should be, or where a want applies", () => {
  it("is not read as content", () => {
    expect(withoutReplyLength("who did putin ring, one line please")).toBe("who did putin ring");
    expect(withoutReplyLength("the whole story in one line")).toBe("the whole story in one line");
    expect(withoutWantPlace("what does moscow want to happen now in gaza/israel")).toBe(
      "what does moscow want",
    );
    en.expectAnswered("what does putin want for gaza and israel, in one sentence?", "what-putin-wants");
    en.expectAnswered(
      "what does putin want to see happen in the gaza strip, short answer",
      "what-putin-wants",
    );
  });
});

describe("the article's own phrase quoted back", () => {
  it("is read as the article's sentence, not a reason it never gives", () => {
    expect(
      asPhraseMeaning(`what's meant when the piece says moscow's part is "not without controversy"?`),
    ).toBe("moscow's part is not without controversy");
    en.expectAnswered(
      "what does the writer mean by 'not without controversy' here?",
      "russia-role-controversy",
    );
  });
});

describe("whether the fighting stays where it is", () => {
  it("is the fear that it spreads beyond", () => {
    expect(asStayContained("will this stay confined to gaza?")).toBe("will this spread beyond gaza?");
    en.expectAnswered("can the war be kept localised, does the article think?", "crisis-spread-fears");
    en.expectAnswered("will the violence remain limited to the gaza strip?", "crisis-spread-fears");
  });
});

describe("the call's subject asked between options", () => {
  it("is what the call was about", () => {
    expect(asCallSubject("was their phone call about oil or about the ceasefire?")).toBe(
      "what did putin and erdogan discuss on the call",
    );
    en.expectAnswered(
      "was the conversation with erdogan about tourism or about the war?",
      "putin-erdogan-call",
    );
  });
});

describe("a side's history with another (history-with.ts)", () => {
  it("is the ties with it", () => {
    expect(asHistoryWith("does moscow have a long history with hamas?")).toBe(
      "does moscow have ties with hamas?",
    );
    en.expectAnswered("what is russia's track record with israel?", "russia-israel-ties");
  });
});

describe("Russia's share of the blame with whether Putin spoke of it", () => {
  it("is his silence on Russia's own role", () => {
    en.expectAnswered(
      "moscow was in that quartet too, so isn't it partly at fault? did putin acknowledge that",
      "putin-silent-on-russia-role",
    );
    en.expectAnswered("is russia to blame as well?", /blame|author|us|quartet|role/);
  });
});

describe("several asks of Putin's remarks in one message", () => {
  it("is read as what he said, which answers each", () => {
    const a = en.expectAnswered(
      "for a class project: who did the russian president speak with, and what did he say the americans did wrong? thanks!",
    );
    const text = [a.answer, ...a.quotes.map((q) => q.text)].join(" ");
    expect(text).toMatch(/Erdogan/);
    expect(text).toMatch(/fail|monopoliz/);
    en.expectAnswered("what does putin think washington got wrong", /us-|putin-on-us/);
  });
});

describe("a mention asked of a voice", () => {
  it("is answered from the quote holding the asked words together", () => {
    const reply = askOnce("did putin talk about a palestinian state?");
    expect(reply.verdict).toBe("yes");
    expect([reply.answer.answer, ...reply.answer.quotes.map((q) => q.text)].join(" ")).toMatch(
      /Palestinian state/,
    );
  });
});

describe("an off-topic yes/no beside one word the knowledge base knows", () => {
  it("is refused with the engine's refusal", () => {
    for (const q of [
      "did peskov get kicked out of the kremlin?",
      "is erdogan ill? i read his health is poor",
      "does iran support hamas?",
    ]) {
      const reply = askOnce(q);
      expect(reply.answer.answered, q).toBe(false);
      expect(reply.answer.entry, q).toBeNull();
    }
    // A warring side's arms are an encyclopedic fact since quality45 (party-arsenal.ts): refused as trivia, the
    // refusal saying so, with the sides the article does name beside it.
    const arms = askOnce("does hamas own nuclear weapons?");
    expect(arms.answer.answered).toBe(false);
    expect(arms.answer.answer).toMatch(/^The article doesn't give background facts/);
    const ru = lastAnswer(["иран помогает хамасу?"], "ru");
    expect(ru.answer.answered).toBe(false);
  });
  it("keeps on-topic yes/no questions and curated gaps", () => {
    expect(askOnce("is moscow neutral?").answer.entry?.id).toBe("is-russia-neutral");
    expect(askOnce("does putin want a truce?").verdict).toBe("yes");
    expect(askOnce("does erdogan agree?").answer.entry?.id).toBe("erdogan-views");
    expect(askOnce("does putin despise america?").answer.answered).toBe(true);
  });
});
