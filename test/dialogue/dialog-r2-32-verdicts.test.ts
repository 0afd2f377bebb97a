// dialog-r2-32 (session 32): yes/no verdicts, round 2 — a guilt asked of the voice who blames, the stance of the one
// the call was with, an either-or between peace and the fighting going on. Own wordings; the sets' lines are pinned
// in test/questions (dialogues-own75).
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answering/types.js";
import { blamerGuiltVerdict } from "../../src/dialogue/blamer-guilt.js";
import { partnerStanceVerdict } from "../../src/dialogue/partner-stance.js";
import { SpeakerNames } from "../../src/dialogue/speakers.js";
import { topicConfirmed, topicWarDenied } from "../../src/dialogue/topic-confirmed.js";
import { voiceCheckOf } from "../../src/dialogue/voice-check.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realKb } from "../helpers/engine.js";
import { expectFast } from "../helpers/long-input.js";

describe("a guilt asked of the voice who blames", () => {
  it("is doesn't say, never the blame entry's Yes nor a No", () => {
    expect(lastVerdict(["is putin the one to blame here?"])).toBe("not-said");
    expect(lastVerdict(["isn't putin at fault too"])).toBe("not-said");
    expect(lastVerdict(["what does putin say about the us", "is putin responsible for the violence?"])).toBe(
      "not-said",
    );
    expect(lastVerdict(["это путин во всём этом виноват?"], "ru")).not.toBe("yes");
    expect(lastVerdict(["путин сам виноват?"], "ru")).toBe("not-said");
  }, 60_000);
  it("leaves the party he blames its Yes, and the blame he lays his", () => {
    expect(lastVerdict(["so washington is the one to blame in putin's eyes?"])).toBe("yes");
    expect(lastVerdict(["does putin blame the us?"])).toBe("yes");
    expect(lastVerdict(["does putin hold washington responsible?"])).toBe("yes");
  });
});

describe("the stance of the one the call was with", () => {
  it("is doesn't say: the article reports only the caller's", () => {
    expect(lastVerdict(["эрдоган за перемирие?"], "ru")).toBe("not-said");
    expect(lastVerdict(["is erdogan for an immediate ceasefire?"])).toBe("not-said");
    expect(lastVerdict(["who did putin phone", "does erdogan also want the talks to resume?"])).toBe(
      "not-said",
    );
  });
  it("leaves the caller's own stance its Yes", () => {
    expect(lastVerdict(["путин за прекращение огня?"], "ru")).toBe("yes");
    expect(lastVerdict(["does putin want a ceasefire?"])).toBe("yes");
  });
});

describe("an either-or between peace and the fighting going on", () => {
  it("answers the ceasefire side, with no yes or no", () => {
    for (const [q, lang] of [
      ["путин хочет продолжения боёв или мира?", "ru"],
      ["does putin want peace or more fighting?", "en"],
    ] as const) {
      const reply = lastAnswer([q], lang);
      expect(reply.verdict, q).toBeNull();
      expect(reply.answer.entry?.id, q).toBe("ceasefire-call");
      expect(reply.answer.answer, q).not.toMatch(/^(?:Да|Нет|Yes|No)\b/u);
    }
  });
  it("still answers No to the fighting-on wish asked alone", () => {
    expect(lastVerdict(["путин хочет продолжения войны?"], "ru")).toBe("no");
  });
});

describe("the readers on long input", () => {
  const speakers = new SpeakerNames(realKb);
  const answer = {
    answered: true,
    kind: "entry",
    answer: "Putin blames the United States. ".repeat(200),
    quotes: [
      { text: "In a phone call with Turkish leader Recep Tayyip Erdogan, Putin spoke.", speakerId: "putin" },
    ],
  } as unknown as Answer;
  it("stays fast", () => {
    expectFast(() => {
      for (const unit of ["with ", "a ", "putin ", "эрдоган за ", "is putin to blame "]) {
        const run = unit.repeat(Math.ceil(4000 / unit.length));
        blamerGuiltVerdict(run, answer, "en", speakers);
        partnerStanceVerdict(run, answer, "ru", speakers);
        blamerGuiltVerdict(run.slice(0, 99), answer, "ru", speakers);
        partnerStanceVerdict(run.slice(0, 99), answer, "en", speakers);
      }
    }, 500);
  });
});

describe("a claim, then whether a voice makes it", () => {
  const speakers = new SpeakerNames(realKb);
  it("reads it as whether that voice says the claim", () => {
    expect(voiceCheckOf("the us hogged the peace talks? is that what putin says?", speakers)).toBe(
      "does putin say the us hogged the peace talks?",
    );
    expect(voiceCheckOf("сша провалили политику? так путин считает?", speakers)).toBe(
      "путин считает, что сша провалили политику?",
    );
    expect(voiceCheckOf("what happened? is that what he says?", speakers)).toBeNull();
    expect(voiceCheckOf("the us failed? is that what biden says?", speakers)).toBeNull();
  });
  it("gives the claim's verdict, not two answers", () => {
    expect(lastVerdict(["america ignored the palestinians' hopes? is that what putin claims?"])).toBe("yes");
    expect(lastVerdict(["washington backed hamas? is that what putin claims?"])).not.toBe("yes");
    expect(lastVerdict(["вашингтон монополизировал мирные усилия? это путин так говорит?"], "ru")).toBe(
      "yes",
    );
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      for (const unit of ["a ", "? ", "is that what ", "так ", "a? is that what putin "]) {
        const run = unit.repeat(Math.ceil(240 / unit.length)).slice(0, 240);
        voiceCheckOf(run, speakers);
        voiceCheckOf(`${run}? так путин говорит?`.slice(-240), speakers);
      }
    }, 500);
  });
});

describe("whether the article is about a war", () => {
  it("is Yes for its own, No for a war of two other parties", () => {
    expect(lastVerdict(["so is this about the israel hamas war?"])).toBe("yes");
    expect(lastVerdict(["is the article about the war between the us and russia?"])).toBe("no");
    expect(lastVerdict(["is this about ukraine?"])).toBe("no");
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      for (const unit of ["about ", "israel ", "war ", "про "]) {
        const run = unit.repeat(Math.ceil(119 / unit.length)).slice(0, 119);
        topicConfirmed(`is this about ${run}`.slice(0, 119), "en", { answered: true });
        topicWarDenied(`это про ${run}`.slice(0, 119), "ru", realKb.parties ?? []);
      }
    }, 500);
  });
});
