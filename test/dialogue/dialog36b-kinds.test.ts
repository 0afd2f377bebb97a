// dialog36b (session 36): follow-ups read in context, issue 11 — an either-or on when, who "both" are, a body put in
// another country, Russia's remedy for the spread said the long way, «в смысле X?», a party swapped after "doesn't
// say", whom the call's words were said to, the call partner's deed, the asked voice's own words beside another's,
// "not X?" after a who-question, "in israel too?" after the casualties, «где?» after the figures gap.
import { beforeAll, describe, expect, it } from "vitest";
import { bareAlternativeOf } from "../../src/dialogue/alternative.js";
import { askedOfLast } from "../../src/dialogue/asked-of-last.js";
import { bothWhoOf } from "../../src/dialogue/both-who.js";
import { createDialogueKit } from "../../src/dialogue/dialogue-kit.js";
import { wordsFor } from "../../src/dialogue/language.js";
import { meaningAskedOf } from "../../src/dialogue/meaning-asked.js";
import { notPartyAsked } from "../../src/dialogue/not-party.js";
import { otherVoiceAsked } from "../../src/dialogue/other-voice.js";
import { partnerDeedTurn } from "../../src/dialogue/partner-deed.js";
import { placeTooTurn } from "../../src/dialogue/place-too.js";
import { saidToWhomOf } from "../../src/dialogue/said-to-whom.js";
import { spreadRemedyOf } from "../../src/dialogue/spread-remedy.js";
import { timingSideNamed } from "../../src/dialogue/timing-side.js";
import type { DialogueContext } from "../../src/dialogue/types.js";
import { lastAnswer, lastEntry } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { expectFast } from "../helpers/long-input.js";

const kit = createDialogueKit({
  engine: realEngine,
  kb: realKb,
  conversation: { storyPoint: [], verdicts: new Map() },
});
const onEntry = (entryId: string, extra: Partial<DialogueContext> = {}) =>
  ({ entryId, question: "x", topic: "x", lang: "en", ...extra }) as DialogueContext;
const fast = (run: () => void) => expectFast(run, 200);
/** The message against the context's last answer, as last-answer-chain.ts hands it to its readers. */
const asked = (text: string, context: DialogueContext, lang: "en" | "ru" = "en") => {
  const ask = askedOfLast(text, context, lang, kit.engine);
  if (!ask) throw new Error("the context has no last answer");
  return ask;
};
const named = () => 0;

// The first chat warms the engine up (seconds under load): outside any one test's time limit.
beforeAll(() => {
  lastAnswer(["did putin call for a ceasefire"]);
}, 120_000);

describe("an either-or on when", () => {
  it("names the side the evidence's 'immediate' or 'urgent' says", () => {
    expect(timingSideNamed("like right now", "an immediate ceasefire")).toBe(true);
    expect(timingSideNamed("eventually", "an immediate ceasefire")).toBe(false);
    expect(timingSideNamed("сразу", "немедленного прекращения огня")).toBe(true);
    expect(timingSideNamed("erdogan", "an immediate ceasefire")).toBeNull();
    expect(bareAlternativeOf("straight away or at some point later", wordsFor("en"))).toEqual([
      "straight away",
      "at some point later",
    ]);
  });
  it("answers with the call, and 'and after that?' keeps its context", () => {
    const a = lastAnswer(["did putin call for a ceasefire", "like right now or eventually?"]);
    expect(a.answer.entry?.id).toBe("ceasefire-call");
    expect(a.understood).toContain("right now");
    expect(
      lastAnswer(["путин призвал к перемирию?", "сразу или когда-нибудь потом?"], "ru").answer.entry?.id,
    ).toBe("ceasefire-call");
  });
  it("stays fast on long input", () => {
    fast(() => {
      timingSideNamed(`${"like ".repeat(40)}now x`, "immediate ".repeat(50));
      bareAlternativeOf(`${"at some point ".repeat(10)}or ${"later ".repeat(10)}`, wordsFor("en"));
    });
  });
});

describe("who 'both' are", () => {
  it("asks who the two sides are after an answer saying 'both'", () => {
    const after = onEntry("kremlin-contact-both-sides");
    expect(bothWhoOf("both being who", after, kit, "en")).toBe("who are the two sides?");
    expect(bothWhoOf("which two camps exactly", after, kit, "en")).toBe("who are the two sides?");
    expect(bothWhoOf("а какие это стороны?", after, kit, "ru")).toBe("кто эти две стороны?");
    const a = lastAnswer(["r they in contact w both sides?", "both being who"]);
    expect(a.answer.answer).toMatch(/Hamas/u);
    expect(a.answer.answer).toMatch(/Israeli/u);
  });
  it("only after an answer saying 'both'", () => {
    expect(bothWhoOf("both being who", onEntry("putin-blames-us"), kit, "en")).toBeNull();
    expect(bothWhoOf("who is peskov", onEntry("kremlin-contact-both-sides"), kit, "en")).toBeNull();
  });
  it("stays fast on long input", () => {
    const after = onEntry("kremlin-contact-both-sides");
    fast(() => {
      bothWhoOf(`${"both ".repeat(15)}x`, after, kit, "en");
      bothWhoOf(`${"обе ".repeat(19)}x`, after, kit, "ru");
    });
  });
});

describe("a body put in another country", () => {
  it("reads 'the israeli ministry' as another voice: No, the Russian one", () => {
    expect(otherVoiceAsked("is that the israeli ministry", "en", realKb, named)).toBe("israeli ministry");
    expect(otherVoiceAsked("это мид израиля", "ru", realKb, named)).toBe("мид израиля");
    const a = lastAnswer(["foreign ministry position?", "is that the israeli ministry?"]);
    expect(a.verdict).toBe("no");
    expect(a.answer.answer).toMatch(/Russian Foreign Ministry/u);
    expect(lastAnswer(["что говорит мид", "это израильский мид?"], "ru").verdict).toBe("no");
  });
  it("leaves Russia's own body", () => {
    expect(otherVoiceAsked("is that the russian ministry", "en", realKb, named)).toBeNull();
    expect(lastAnswer(["foreign ministry position?", "is that the russian ministry?"]).verdict).toBe("yes");
  });
  it("stays fast on long input", () => {
    fast(() => {
      otherVoiceAsked(`is that the ${"israeli ".repeat(30)}x`, "en", realKb, named);
      otherVoiceAsked(`это ${"мид ".repeat(40)}x`, "ru", realKb, named);
    });
  });
});

describe("Russia's remedy for the spread, said the long way", () => {
  it("reads 'to keep that from happening' and 'suggest doing'", () => {
    const spread = onEntry("crisis-spread-fears");
    expect(spreadRemedyOf("what is russia proposing to keep that from happening", spread)).toBe(
      "what does the russian foreign ministry want?",
    );
    expect(spreadRemedyOf("so what does russia suggest doing to stop that", spread)).toBe(
      "what does the russian foreign ministry want?",
    );
    expect(spreadRemedyOf("what is russia proposing to keep that from happening", onEntry("x"))).toBeNull();
  });
  it("stays fast on long input", () => {
    fast(() => spreadRemedyOf(`what is russia proposing to keep ${"that ".repeat(12)}`, onEntry("x")));
  });
});

describe("«в смысле X?»", () => {
  it("asks what the word means", () => {
    expect(meaningAskedOf("в смысле монополизирует?")).toBe("что значит монополизирует?");
    expect(lastEntry(["что путин сказал про вашингтон", "в смысле монополизирует?"], "ru")).toBe(
      "us-monopolizing-peace",
    );
  });
  it("leaves «в смысле?» alone and a whole question after it", () => {
    expect(meaningAskedOf("в смысле?")).toBeNull();
    expect(meaningAskedOf("в смысле кто это сказал?")).toBeNull();
  });
  it("stays fast on long input", () => {
    fast(() => meaningAskedOf(`в смысле ${"а-".repeat(24)}`));
  });
});

describe("a party swapped after 'doesn't say'", () => {
  it("asks the last yes/no of the new party, doesn't say again", () => {
    const a = lastAnswer(["израиль как-то отреагировал на слова путина?", "а хамас?"], "ru");
    expect(a.verdict).toBe("not-said");
    expect(a.asked).toMatch(/хамас/u);
    const b = lastAnswer(["did washington react to putin's words?", "and the israelis?"]);
    expect(b.verdict).toBe("not-said");
    expect(b.answer.entry?.id).toBe("israel-government-response");
  });
});

describe("whom the call's words were said to", () => {
  it("asks whom Putin spoke to on the phone", () => {
    expect(saidToWhomOf("who did he say it to", onEntry("negotiations"), kit, "en")).toBe(
      "who did Putin speak to on the phone?",
    );
    expect(
      lastEntry([
        "what's russia's stance on the ceasefire",
        "does he want talks to restart too?",
        "who did he say it to",
      ]),
    ).toBe("putin-erdogan-call");
    expect(lastEntry(["путин хочет возобновления переговоров?", "а кому он это говорил?"], "ru")).toBe(
      "putin-erdogan-call",
    );
  });
  it("leaves words the article gives no listener for", () => {
    expect(saidToWhomOf("who did he say it to", onEntry("putin-on-us"), kit, "en")).toBeNull();
    expect(saidToWhomOf("who did he say it to", onEntry("kremlin-settlement-role"), kit, "en")).toBeNull();
  });
  it("stays fast on long input", () => {
    fast(() => {
      saidToWhomOf(`who did he say ${"it ".repeat(24)}`, onEntry("negotiations"), kit, "en");
      saidToWhomOf(`кому он это ${"сказал ".repeat(10)}`, onEntry("negotiations"), kit, "ru");
    });
  });
});

describe("the call partner's deed", () => {
  it("is not reported: doesn't say, on the call's card", () => {
    const a = lastAnswer(["turkey", "what was the call about", "did turkey agree to mediate"]);
    expect(a.verdict).toBe("not-said");
    expect(a.answer.entry?.id).toBe("putin-erdogan-call");
    const b = lastAnswer(["расскажи про звонок", "эрдоган согласился быть посредником?"], "ru");
    expect(b.verdict).toBe("not-said");
    expect(b.answer.entry?.id).toBe("putin-erdogan-call");
  });
  it("leaves a membership and the call itself", () => {
    const call = onEntry("putin-erdogan-call", { otherPersonId: "erdogan" });
    expect(partnerDeedTurn(asked("does turkey belong to the quartet?", call), kit)).toBeNull();
    expect(partnerDeedTurn(asked("did erdogan call putin?", call), kit)).toBeNull();
    expect(
      partnerDeedTurn(asked("did turkey agree to mediate", onEntry("putin-erdogan-call")), kit),
    ).toBeNull();
  });
  it("stays fast on long input", () => {
    const call = onEntry("putin-erdogan-call", { otherPersonId: "erdogan" });
    fast(() => partnerDeedTurn(asked(`did ${"turkey ".repeat(13)}?`, call), kit));
  });
});

describe("the asked voice's own words beside another's", () => {
  it("shows Peskov's words after Putin's call when he is asked of a ceasefire", () => {
    const a = lastAnswer(["песков что сказал", "а кто это вообще", "он говорил про прекращение огня?"], "ru");
    expect(a.verdict).toBe("not-said");
    expect(a.answer.quotes.map((q) => q.speakerId)).toEqual(["putin", "peskov"]);
    const b = lastAnswer(["who is peskov", "did he say anything about a ceasefire?"]);
    expect(b.answer.answer).toMatch(/What Peskov does say/u);
  });
});

describe("'not X?' after a who-question", () => {
  it("asks the same of that party: doesn't say", () => {
    expect(notPartyAsked("not hamas", "who does putin blame", "en")).toBe("hamas");
    expect(notPartyAsked("а не хамас", "кого винит путин", "ru")).toBe("хамас");
    const a = lastAnswer(["who does russia hold responsible for the violence", "not israel?"]);
    expect(a.verdict).toBe("not-said");
    expect(a.answer.entry?.id).toBe("putin-blames-us");
  });
  it("only after a who-question, and never a pronoun", () => {
    expect(notPartyAsked("not hamas", "does putin blame the us", "en")).toBeNull();
    expect(notPartyAsked("not really", "who does putin blame", "en")).toBeNull();
  });
  it("stays fast on long input", () => {
    fast(() => notPartyAsked(`not ${"a-".repeat(22)}`, "who does putin blame", "en"));
  });
});

describe("'in israel too?' after the casualties", () => {
  it("is Yes where the last answer's quotes name the place", () => {
    const a = lastAnswer(["ну а путин что говорит про жертвы", "в израиле тоже есть жертвы?"], "ru");
    expect(a.verdict).toBe("yes");
    expect(a.answer.entry?.id).toBe("putin-civilian-casualties");
    expect(lastAnswer(["what does putin say about the victims", "in israel too?"]).verdict).toBe("yes");
  });
  it("leaves an answer whose quotes do not name the place", () => {
    expect(placeTooTurn(asked("in israel too?", onEntry("putin-blames-us")))).toBeNull();
  });
  it("stays fast on long input", () => {
    fast(() => {
      placeTooTurn(asked(`in israel ${"too ".repeat(17)}`, onEntry("putin-civilian-casualties")));
      placeTooTurn(asked(`в израиле ${"тоже ".repeat(13)}`, onEntry("putin-civilian-casualties"), "ru"));
    });
  });
});

describe("«где?» after the figures gap", () => {
  it("answers where the violence is happening", () => {
    const a = lastAnswer(
      ["путин переживает за мирных жителей?", "сколько уже погибло", "а где именно"],
      "ru",
    );
    expect(a.answer.entry?.id).toBe("conflict-location");
    expect(a.answer.answered).toBe(true);
  });
});
