// dialog-r2-34b (session 34): follow-ups read in context, issue 11 — what Russia proposes to stop the violence, a
// Russian masculine pronoun after a card on the Quartet, what the US got wrong in Putin's view with no pointer, and
// "does it also have ties with …" split in two by its "also".
import { describe, expect, it } from "vitest";
import { alsoTiesOf } from "../../src/dialogue/also-ties.js";
import { groupItRuOf } from "../../src/dialogue/group-it-ru.js";
import { proposedRemedyOf } from "../../src/dialogue/proposed-remedy.js";
import { SpeakerNames } from "../../src/dialogue/speakers.js";
import type { DialogueContext } from "../../src/dialogue/types.js";
import { usWrongViewOf } from "../../src/dialogue/us-wrong-view.js";
import { voiceOnPartyOf } from "../../src/dialogue/voice-on-party.js";
import { lastAnswer, lastEntry } from "../helpers/dialogue.js";
import { realKb } from "../helpers/engine.js";
import { expectFast } from "../helpers/long-input.js";

const contextOf = (entryId: string, speakerId: string | null = null): DialogueContext => ({
  entryId,
  question: "",
  speakerId,
  otherPersonId: null,
  topic: "",
  lang: "ru",
  at: 0,
  buttons: 0,
});

const fast = (run: () => void) => expectFast(run, 200);

describe("what Russia proposes to stop the violence", () => {
  it("is the card on the talks: the ceasefire and the negotiations, Putin's and the ministry's", () => {
    expect(lastEntry(["что россия предлагает для прекращения насилия"], "ru")).toBe("negotiations");
    expect(lastEntry(["а что предлагает москва, чтобы остановить войну?"], "ru")).toBe("negotiations");
    expect(lastEntry(["what is russia proposing to end the violence"])).toBe("negotiations");
    expect(lastEntry(["so what does the kremlin suggest to stop the fighting?"])).toBe("negotiations");
  });
  it("leaves a plan, steps or another matter to the engine", () => {
    expect(proposedRemedyOf("what steps does russia propose to end the violence", "en")).toBeNull();
    expect(proposedRemedyOf("what is russia's peace plan", "en")).toBeNull();
    expect(proposedRemedyOf("какие шаги предлагает россия для прекращения насилия", "ru")).toBeNull();
    expect(proposedRemedyOf("что россия предлагает палестинцам", "ru")).toBeNull();
  });
  it("stays fast on long input", () => {
    fast(() => {
      proposedRemedyOf(`what does russia propose to ${"stop ".repeat(20000)}`, "en");
      proposedRemedyOf(`что россия предлагает ${"для ".repeat(20000)}`, "ru");
    });
  });
});

describe("a Russian masculine pronoun after a card on the Quartet", () => {
  it("is the Quartet, not the first turn's Moscow", () => {
    expect(
      lastEntry(["россия в квартете вместе с кем", "а когда его создали", "а зачем он нужен"], "ru"),
    ).toBe("quartet-purpose");
    expect(lastEntry(["кто состоит в квартете", "а для чего он существует"], "ru")).toBe("quartet-purpose");
    expect(lastEntry(["с кем россия в квартете", "и какая у него задача"], "ru")).toBe("quartet-purpose");
  });
  it("is put in the case the pronoun stands in", () => {
    expect(groupItRuOf("а что в нем россия делает", contextOf("quartet-members"))).toBe(
      "что в ближневосточном квартете россия делает",
    );
  });
  it("is left alone after another card, with a feminine pronoun, or beside a person", () => {
    expect(groupItRuOf("а зачем он нужен", contextOf("russia-palestinian-ties"))).toBeNull();
    expect(groupItRuOf("а она там есть?", contextOf("quartet-members"))).toBeNull();
    expect(groupItRuOf("а путин его упоминал?", contextOf("quartet-purpose"))).toBeNull();
    expect(groupItRuOf("он в нем тоже?", contextOf("quartet-purpose"))).toBeNull();
  });
  it("stays fast on long input", () => {
    fast(() => groupItRuOf(`${"он ".repeat(30000)}`, contextOf("quartet-members")));
  });
});

describe("what the US got wrong in Putin's view, no matter pointed at", () => {
  it("is both of his charges", () => {
    const a = lastAnswer([
      "is putin in favour of a palestinian state",
      "so what did the us get wrong in his view",
    ]);
    expect(a.answer.entry?.id).toBe("putin-on-us");
    expect(a.answer.answer).toMatch(/monopoliz/);
    expect(a.answer.answer).toMatch(/failed Middle East policy/);
    expect(lastEntry(["кого винит путин", "а что сша сделали не так по его мнению"], "ru")).toBe(
      "putin-on-us",
    );
  });
  it("is left alone with no view asked, or another voice in context", () => {
    const ctx = contextOf("putin-blames-us", "putin");
    expect(usWrongViewOf("what did the us do wrong", ctx, "en")).toBeNull();
    expect(
      usWrongViewOf("what did the us get wrong in his view", contextOf("who-is-peskov", "peskov"), "en"),
    ).toBe(null);
    expect(usWrongViewOf("what did the us get wrong in his view", null, "en")).toBeNull();
  });
  it("stays fast on long input", () => {
    const ctx = contextOf("putin-blames-us", "putin");
    fast(() => {
      usWrongViewOf(`what did the us ${"do ".repeat(20000)}wrong`, ctx, "en");
      usWrongViewOf(`что сша ${"сделали ".repeat(20000)}`, ctx, "ru");
    });
  });
});

describe('"also" between the subject and its ties', () => {
  it("no longer splits the question in two", () => {
    const messages = ["russia hamas ties", "does it also have ties with the palestinians in general?"];
    const a = lastAnswer(messages);
    expect(a.answer.entry?.id).toBe("russia-palestinian-ties");
    expect(a.verdict).toBe("yes");
    expect(alsoTiesOf("does it also have links with palestinians more broadly?")).toBe(
      "does it have links with palestinians more broadly?",
    );
  });
  it("is kept elsewhere", () => {
    expect(alsoTiesOf("did he also mention the talks?")).toBeNull();
  });
  it("stays fast on long input", () => {
    fast(() => alsoTiesOf(`does it ${"also ".repeat(30000)}`));
  });
});

describe("a Russian yes/no on the Quartet with a pronoun", () => {
  it("is left to the verdict readers", () => {
    expect(groupItRuOf("его создали в 90-х?", contextOf("quartet-purpose"))).toBeNull();
    expect(groupItRuOf("а китай в нём есть?", contextOf("quartet-members"))).toBeNull();
  });
});

describe("what a voice said about a party its words never name", () => {
  it("is that the article doesn't say, with what the voice did say", () => {
    const en = lastAnswer(["What did Peskov say about Hamas"]);
    expect(en.verdict).toBe("not-said");
    expect(en.answer.quotes.some((q) => q.speakerId === "peskov")).toBe(true);
    const ru = lastAnswer(["что песков сказал о хамасе"], "ru");
    expect(ru.verdict).toBe("not-said");
  });
  it("is left alone where the voice names the party, or the thing is no party", () => {
    const kit = { speakers: new SpeakerNames(realKb), parties: realKb.parties ?? [], kb: realKb };
    const never = () => {
      throw new Error("not asked");
    };
    expect(voiceOnPartyOf("what did peskov say about the ceasefire", kit, "en", never)).toBeNull();
    expect(lastEntry(["what did putin say about the us"])).toBe("putin-on-us");
  });
  it("stays fast on long input", () => {
    const kit = { speakers: new SpeakerNames(realKb), parties: realKb.parties ?? [], kb: realKb };
    fast(() =>
      voiceOnPartyOf(`what did peskov say about ${"hamas ".repeat(20000)}`, kit, "en", () => {
        throw new Error("not asked");
      }),
    );
  });
});

describe("a wish asked of the two sides", () => {
  it("is the ceasefire's Yes, not who is fighting", () => {
    const a = lastAnswer(["чё путин хочет от израиля и хамаса, перемирие чтоли?"], "ru");
    expect(a.answer.entry?.id).toBe("ceasefire-call");
    expect(a.verdict).toBe("yes");
  });
});
