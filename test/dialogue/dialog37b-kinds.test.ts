// dialog37b (session 37): follow-ups read in context, issue 11 — the occasion of the last answer's words ("did he
// say that on tv or what"), examples of its point ("like what", "which palestinians specifically"), both sides of
// an either-or named by it («он про израиль или про газу»), a party's feeling about it ("does israel mind that?"),
// so or only claimed ("is that actually true or just what they claim"), the warring pair as a topic ("what about
// israel and hamas then" → the story), and "well" as chat glue ("well what did putin say then").
import { beforeAll, describe, expect, it } from "vitest";
import { bareAlternativeOf } from "../../src/dialogue/alternative.js";
import { withoutChatGlue } from "../../src/dialogue/chat-glue.js";
import { claimOrFactAsked } from "../../src/dialogue/claim-or-fact.js";
import { exampleAsked, prepositionalDetailOf } from "../../src/dialogue/example-asked.js";
import { wordsFor } from "../../src/dialogue/language.js";
import { pairTopicOf } from "../../src/dialogue/pair-topic.js";
import { feelingPartyOf } from "../../src/dialogue/party-feeling.js";
import { occasionAsked } from "../../src/dialogue/said-occasion.js";
import { whyThenQuestionOf } from "../../src/dialogue/why-then-question.js";
import { lastAnswer } from "../helpers/dialogue.js";

const fast = (run: () => void) => {
  const started = performance.now();
  run();
  expect(performance.now() - started).toBeLessThan(200);
};
const text = (a: ReturnType<typeof lastAnswer>) =>
  [a.answer.answer, ...a.answer.quotes.map((q) => q.text)].join(" ").toLowerCase();

beforeAll(() => {
  lastAnswer(["who did putin call"]);
}, 120_000);

describe("the occasion of the last answer's words", () => {
  it("reads the asked occasion", () => {
    expect(occasionAsked("did he say that on tv or what", false)).toBe("tv");
    expect(occasionAsked("was that in a speech or something", false)).toBe("a speech");
    expect(occasionAsked("where did he say that", false)).toBe("where");
    expect(occasionAsked("он это в интервью говорил или как", true)).toBe("интервью");
    expect(occasionAsked("где он это сказал", true)).toBe("где");
    expect(occasionAsked("did he say that the us failed", false)).toBeNull();
    expect(occasionAsked("what did he say on the call", false)).toBeNull();
  });
  it("names the call where the evidence gives it", () => {
    const a = lastAnswer(["ceasefire??", "did he say that on tv or what"]);
    expect(text(a)).toMatch(/phone call/);
    expect(a.verdict).toBe("not-said");
    expect(lastAnswer(["what did putin tell erdogan", "was that on the phone?"]).verdict).toBe("yes");
  }, 60_000);
  it("so in Russian", () => {
    const a = lastAnswer(["что путин сказал эрдогану", "он это в интервью говорил или как"], "ru");
    expect(a.answer.answer).toMatch(/телефонного разговора/);
  }, 60_000);
  it("stays fast on long input", () => {
    fast(() => {
      occasionAsked(`did he say that ${"on tv ".repeat(300)}`, false);
      occasionAsked(`он это ${"в интервью ".repeat(300)}`, true);
    });
  });
});

describe("examples of the last answer's point", () => {
  it("reads the example asked", () => {
    expect(exampleAsked("like what", false)).toBe("");
    expect(exampleAsked("such as?", false)).toBe("");
    expect(exampleAsked("which palestinians", false)).toBe("palestinians");
    expect(exampleAsked("what palestinians exactly", false)).toBe("palestinians");
    expect(exampleAsked("например какие", true)).toBe("");
    expect(exampleAsked("какие именно палестинцы", true)).toBe("палестинцы");
    expect(exampleAsked("which one", false)).toBeNull();
    expect(exampleAsked("what does it mean", false)).toBeNull();
  });
  it("shows the last answer again", () => {
    expect(text(lastAnswer(["does russia have ties with israel", "such as?"]))).toMatch(/former/);
    expect(text(lastAnswer(["how come russia thinks it can mediate", "which palestinians exactly"]))).toMatch(
      /hamas/,
    );
  }, 60_000);
  it("leaves a word the last answer does not name", () => {
    const a = lastAnswer(["does russia have ties with israel", "which iranians exactly"]);
    expect(a.understood ?? "").not.toMatch(/iranians$/);
  }, 60_000);
  it("stays fast on long input", () => {
    fast(() => {
      exampleAsked(`which ${"palestinians ".repeat(300)}`, false);
      exampleAsked(`какие ${"именно ".repeat(300)}`, true);
    });
  });
});

describe("both sides of an either-or", () => {
  it("drops the voice and 'about' before the sides", () => {
    const a = lastAnswer(["is putin worried about civilians", "in israel or in gaza?"]);
    expect(a.answer.answer).toMatch(/^Both/);
    const ru = lastAnswer(
      ["сколько погибших", "а путин что про жертвы сказал", "он про израиль или про газу"],
      "ru",
    );
    expect(ru.answer.answer).toMatch(/^И то и другое/);
  }, 60_000);
  it("keeps the sides of a plain alternative", () => {
    expect(bareAlternativeOf("erdogan or biden", wordsFor("en"))).toEqual(["erdogan", "biden"]);
  });
});

describe("a party's feeling about the last answer's fact", () => {
  it("reads the party", () => {
    expect(feelingPartyOf("does israel mind that", false)).toBe("israel");
    expect(feelingPartyOf("does that make israel mad", false)).toBe("israel");
    expect(feelingPartyOf("а израиль это злит", true)).toBe("израиль");
    expect(feelingPartyOf("does he mind that", false)).toBeNull();
    expect(feelingPartyOf("is everybody fine with that", false)).toBeNull();
    expect(feelingPartyOf("does israel want a ceasefire", false)).toBeNull();
  });
  it("answers doesn't say with the last evidence", () => {
    // "does russia talk to hamas" is answered on the contact card since verdict48 (session 44): its evidence is the
    // Kremlin's open communication with both warring sides, not the ties card's Hamas.
    const a = lastAnswer(["does russia talk to hamas", "does israel mind that?"]);
    expect(a.verdict).toBe("not-said");
    expect(text(a)).toMatch(/israel/);
    expect(text(a)).toMatch(/open communication with both warring sides/);
  }, 60_000);
  it("stays fast on long input", () => {
    fast(() => {
      feelingPartyOf(`does ${"israel ".repeat(300)}mind that`, false);
      feelingPartyOf(`а ${"израиль ".repeat(300)}это злит`, true);
    });
  });
});

describe("'well' as chat glue", () => {
  it("comes off before a question word", () => {
    expect(withoutChatGlue("well what did putin say then")).toBe("what did putin say then");
    expect(withoutChatGlue("well, what did putin say")).toBe("what did putin say");
  });
  it("lists Putin's words after the call", () => {
    const a = lastAnswer(["what did putin and erdogan agree on", "well what did putin say then"]);
    expect(a.answer.quotes.some((q) => q.speakerId === "putin")).toBe(true);
  }, 60_000);
});

describe("so or only claimed", () => {
  it("reads the question", () => {
    expect(claimOrFactAsked("is that actually true tho or just what they claim", false)).toBe(true);
    expect(claimOrFactAsked("is it real or just pr", false)).toBe(true);
    expect(claimOrFactAsked("это правда или они просто так говорят", true)).toBe(true);
    expect(claimOrFactAsked("is that true", false)).toBe(false);
    expect(claimOrFactAsked("is it true or false that putin called erdogan", false)).toBe(false);
  });
  it("answers doesn't say with the last evidence", () => {
    const a = lastAnswer(["is russia neutral", "is that really so or just their claim"]);
    expect(a.verdict).toBe("not-said");
    expect(text(a)).toMatch(/impartial|neutral/);
  }, 60_000);
  it("stays fast on long input", () => {
    fast(() => {
      claimOrFactAsked(`is that ${"really ".repeat(300)}true`, false);
      claimOrFactAsked(`это правда или ${"просто ".repeat(300)}`, true);
    });
  });
});

describe("the warring pair as a topic", () => {
  it("reads a bare question on both sides as the story", () => {
    expect(pairTopicOf("ok what about israel and hamas then")).toBe("what is the article about?");
    expect(pairTopicOf("а про израиль и хамас что")).toBe("о чём статья?");
    expect(pairTopicOf("what about israel and israelis")).toBeNull();
    expect(pairTopicOf("does russia talk to israel and hamas")).toBeNull();
  });
  it("answers with the summary after a refusal", () => {
    const a = lastAnswer(["anything about ukraine in there", "ok what about israel and hamas then"]);
    expect(a.answer.kind).toBe("summary");
  }, 60_000);
  it("stays fast on long input", () => {
    fast(() => {
      pairTopicOf(`what about ${"israel and ".repeat(300)}`);
      pairTopicOf(`а про ${"израиль и ".repeat(300)}`);
    });
  });
});

describe("a detail asked with a preposition", () => {
  it("reads the detail", () => {
    expect(prepositionalDetailOf("а в каких границах", true)).toBe("границах");
    expect(prepositionalDetailOf("within what borders", false)).toBe("borders");
    expect(prepositionalDetailOf("in what way", false)).toBeNull();
  });
  it("answers doesn't say where the last answer gives none", () => {
    const a = lastAnswer(["путин за палестинское государство?", "а в каких границах"], "ru");
    expect(a.verdict).toBe("not-said");
  }, 60_000);
  it("stays fast on long input", () => {
    fast(() => {
      prepositionalDetailOf(`in what ${"borders ".repeat(300)}`, false);
      prepositionalDetailOf(`в каких ${"границах ".repeat(300)}`, true);
    });
  });
});

describe("a bare 'why?' before the question it means", () => {
  it("keeps the question after it", () => {
    expect(whyThenQuestionOf("why? what did they do wrong")).toBe("what did they do wrong");
    expect(whyThenQuestionOf("почему? что они сделали не так")).toBe("что они сделали не так");
    expect(whyThenQuestionOf("why? because of the us")).toBeNull();
    expect(whyThenQuestionOf("why did he call erdogan")).toBeNull();
  });
  it("answers with the failure after the blame", () => {
    const a = lastAnswer(["who does putin blame", "why? what did they do wrong"]);
    expect(a.answer.entry?.id).toBe("us-policy-failure");
  }, 60_000);
  it("stays fast on long input", () => {
    fast(() => {
      whyThenQuestionOf(`why${"?".repeat(300)} x`);
      whyThenQuestionOf(`почему ${" ".repeat(300)}?`);
    });
  });
});
