// dialog30b (session 30): follow-up readings dialogues57 and our own dialogues-own66 missed, in our own wordings.
// Whose side Russia takes asked in chat words (side-taken.ts), a voice switched in after a yes/no it has no words
// on (switched-voice.ts), and the voice check worded as "is that what X claims?" / «это X так говорит?».
import { describe, expect, it } from "vitest";
import { callForThenOf } from "../../src/dialogue/call-for-then.js";
import { loadConversation } from "../../src/dialogue/index.js";
import { sideTakenOf } from "../../src/dialogue/side-taken.js";
import { SpeakerNames } from "../../src/dialogue/speakers.js";
import type { DialogueContext } from "../../src/dialogue/types.js";
import { lastAnswer, lastEntry, lastReply } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const realDialogueSpeakers = () => new SpeakerNames(realKb);
const context = (question: string, entryId: string | null): DialogueContext => ({
  entryId,
  question,
  speakerId: null,
  otherPersonId: null,
  topic: "",
  lang: "en",
  at: 0,
  buttons: 0,
});

describe("whose side Russia takes, in chat words", () => {
  it("reads Russia, Moscow and the Kremlin with the chat's fillers, English and Russian", () => {
    for (const q of [
      "whose side is the kremlin honestly on in the end?",
      "so who is moscow cheering for",
      "who does russia actually back?",
    ])
      expect(sideTakenOf(q, null), q).toBe("whose side is russia on?");
    for (const q of [
      "так за кого кремль всё-таки?",
      "на чьей стороне москва на самом деле",
      "за кого топит россия в итоге?",
    ])
      expect(sideTakenOf(q, null), q).toBe("россия за кого?");
  });

  it("reads a pronoun as Russia only after a question about Russia", () => {
    const ties = context(
      "What ties does Russia have with the Palestinians and Hamas?",
      "russia-palestinian-ties",
    );
    expect(sideTakenOf("so who are they really backing?", ties)).toBe("whose side is russia on?");
    expect(sideTakenOf("за кого она в итоге?", ties)).toBe("россия за кого?");
    const call = context("What did Putin tell Erdogan?", "putin-erdogan-call");
    expect(sideTakenOf("so who are they really backing?", call)).toBeNull();
    expect(sideTakenOf("so who are they really backing?", null)).toBeNull();
  });

  it("leaves other parties and other questions alone", () => {
    for (const q of [
      "whose side is turkey on?",
      "who does putin blame?",
      "which side started it?",
      "what side effects",
    ])
      expect(sideTakenOf(q, null), q).toBeNull();
    expect(sideTakenOf("за кого эрдоган?", null)).toBeNull();
  });

  it("answers with the neutrality entry after Russia's ties, in either language", () => {
    expect(lastEntry(["does moscow keep up ties with hamas?", "so who is it cheering for in the end"])).toBe(
      "is-russia-neutral",
    );
    expect(lastEntry(["у россии есть связи с палестинцами?", "так за кого она всё-таки болеет?"], "ru")).toBe(
      "is-russia-neutral",
    );
  });
});

describe("a voice switched in after a yes/no it has no words on", () => {
  it("is 'doesn't say', then that voice's own words", () => {
    const a = lastAnswer(["does putin accept the need for a palestinian state?", "what about peskov then?"]);
    expect(a.verdict).toBe("not-said");
    expect(a.answer.quotes.some((q) => q.speakerId === "peskov")).toBe(true);
    expect(a.answer.answer).toMatch(/Peskov does say/);
  });

  it("reads a switch whose yes/no drifted to an unrelated entry against the last entry", () => {
    const a = lastAnswer([
      "putin thinks the palestinians need their own state, correct?",
      "and erdogan, is he on board?",
      "and peskov?",
    ]);
    expect(a.answer.entry?.id).toBe("palestinian-state");
    expect(a.verdict).toBe("not-said");
    expect(a.answer.quotes.some((q) => q.speakerId === "peskov")).toBe(true);
  });

  it("says so in Russian through the bot", async () => {
    const t = createTestBot({
      kb: realKb,
      engine: realEngine,
      conversation: loadConversation(REAL_KB_DIR, realKb),
    });
    await t.send("путин признаёт, что палестинцам нужно своё государство?");
    await t.send("а песков?");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/не сказано/);
    expect(text).toMatch(/Песков/);
    expect(text).toMatch(/конструктив/);
    expectValidOutput(t.api);
  });
});

describe("the voice check worded as whose claim it is", () => {
  it("reads 'is that what X claims?' and «это X так говорит?» as the said-by check", () => {
    const en = lastAnswer([
      "what did putin say about washington's peace efforts?",
      "is that what the kremlin argues?",
    ]);
    expect(en.understood).toMatch(/did the Kremlin say that/i);
    expect(en.verdict).toBe("no");
    const ru = lastAnswer(["что мид предлагает для стабилизации?", "это путин так утверждает?"], "ru");
    expect(ru.understood).toMatch(/это сказал Путин/);
    expect(ru.verdict).toBe("no");
  });
});

describe("a figure or a moment offered as a fragment after an answer", () => {
  it("is 'doesn't say' on the last answer when its quotes give no figure, English and Russian", () => {
    for (const q of [
      "some 300 killed already?",
      "tens of thousands of victims?",
      "a few hundred of them then?",
    ]) {
      const a = lastAnswer(["does putin worry about civilians dying?", q]);
      expect(a.verdict, q).toBe("not-said");
      expect(a.answer.entry?.id, q).toBe("putin-civilian-casualties");
    }
    const ru = lastAnswer(
      ["путин переживает из-за гибели мирных жителей?", "около тысячи погибших уже?"],
      "ru",
    );
    expect(ru.verdict).toBe("not-said");
  });

  it("is 'doesn't say' of a day offered after the call", () => {
    expect(lastAnswer(["who was putin on the phone with?", "on friday then?"]).verdict).toBe("not-said");
  });

  it("leaves a bare number alone: a button slip, not a figure", () => {
    for (const q of ["3?", "so 2?"]) {
      const r = lastReply(["does putin worry about civilians dying?", q]);
      expect(r.kind === "answer" && r.verdict === "not-said", q).toBe(false);
    }
  });

  it("leaves questions with words of their own to the usual readers", () => {
    const a = lastAnswer(["does putin worry about civilians dying?", "how many people died?"]);
    expect(a.answer.entry?.id).toBe("casualty-figures");
    expect(a.verdict).toBeNull();
  });
});

describe("a Washington going it alone, in chat words", () => {
  it("finds the monopolising entry, and its reason next", () => {
    expect(lastEntry(["did putin complain that america runs the peace process all by itself?"])).toBe(
      "us-monopolizing-peace",
    );
    const a = lastAnswer([
      "putin says the americans handled the talks by themselves?",
      "what's wrong with that according to him",
    ]);
    expect(JSON.stringify(a.answer.quotes)).toMatch(/compromises acceptable to both sides/);
  });
});

describe("'to what then?' after a call-for question", () => {
  it("reads what the voice calls for, in either language", () => {
    const speakers = realDialogueSpeakers();
    const called = {
      ...context("путин призывает хамас сложить оружие?", "what-putin-wants"),
      lang: "ru" as const,
    };
    expect(callForThenOf("а к чему же тогда?", called, speakers, "ru")).toBe("к чему призывает Путин?");
    const urged = context("does putin urge israel to hit gaza harder?", "what-putin-wants");
    expect(callForThenOf("ok, to what then?", urged, speakers, "en")).toBe("what does Putin call for?");
    expect(
      callForThenOf("а к чему тогда", context("кого винит путин?", "putin-blames-us"), speakers, "ru"),
    ).toBeNull();
    expect(callForThenOf("к чему это всё?", null, speakers, "ru")).toBeNull();
  });

  it("answers with the ceasefire after a refused military call, through the dialogue", () => {
    const a = lastAnswer(["путин призывает израиль к ответному удару?", "и к чему же тогда?"], "ru");
    expect(JSON.stringify(a.answer)).toMatch(/прекращени/);
  });
});
