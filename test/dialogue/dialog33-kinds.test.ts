// dialog33: "это путин сказал?" / "is it putin who says that?" against the last answer's voice, "and erdogan?"
// after a yes/no asked of Putin (another person, not one more thing the evidence names), "does it say X" as the
// article frame, a government accused in the passive, a wish that the fighting go on (the opposite of the
// ceasefire Putin urges), a spokesman's stance read as the body he speaks for, "both of them?" after "both".
// Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { asksBoth } from "../../src/dialogue/both-asked.js";
import { fightingContinueOf } from "../../src/dialogue/fighting-continue.js";
import { kindAskedOf } from "../../src/dialogue/kind-asked.js";
import { saidBackOf } from "../../src/dialogue/said-back.js";
import { lastEntry, lastVerdict } from "../helpers/dialogue.js";

describe("whose words, named", () => {
  it("'это X сказал?' is No for another voice and Yes for the voice quoted", () => {
    expect(lastVerdict(["какую роль хочет играть кремль", "это путин сказал?"], "ru")).toBe("no");
    expect(lastVerdict(["какую роль хочет играть кремль", "это песков сказал?"], "ru")).toBe("yes");
  });
  it("'is it X who says that?' is the same check", () => {
    expect(lastVerdict(["what role does the kremlin hope to play", "is it erdogan who says that?"])).toBe(
      "no",
    );
  });
});

describe("another person after a yes/no of one person", () => {
  it("is the question asked of them, not Yes on the quote that names them", () => {
    expect(lastVerdict(["is putin calling for an immediate ceasefire?", "and erdogan?"])).toBe("not-said");
    expect(lastVerdict(["путин призывает к немедленному перемирию?", "а эрдоган?"], "ru")).toBe("not-said");
  });
  it("is the same yes/no asked of another voice, not what that voice said about it", () => {
    // Putin's charge asked of Peskov, a voice the article names: "doesn't say" (it reports nothing Peskov said of
    // the US); a voice the article never names is No (dialog43, other-voice.ts).
    expect(lastVerdict(["does putin fault washington?", "and peskov?"])).toBe("not-said");
  });
  it("keeps Yes again for one more thing the same evidence names", () => {
    expect(lastVerdict(["does putin want a ceasefire?", "and negotiations too?"])).not.toBe("no");
  });
});

describe("does it say …", () => {
  it("reads 'it' as the article in front of a claim", () => {
    expect(lastVerdict(["does it say that putin faults the us?"])).toBe("yes");
  });
});

describe("a government accused in the passive", () => {
  it("is the country the evidence names", () => {
    expect(lastVerdict(["is the american government being blamed for anything"])).toBe("yes");
    expect(lastVerdict(["was the us administration criticised?"])).toBe("yes");
  });
});

describe("a wish that the fighting go on", () => {
  it("is asked as opposing a ceasefire", () => {
    expect(fightingContinueOf("so does putin want the war to go on?")).toBe("does putin oppose a ceasefire?");
    expect(fightingContinueOf("did the fighting continue?")).toBeNull();
    expect(lastVerdict(["would putin like the violence to carry on?"])).toBe("no");
    expect(lastVerdict(["does erdogan want the fighting to continue?"])).not.toBe("no");
    expect(lastVerdict(["does erdogan want the fighting to continue?"])).not.toBe("yes");
  });
});

describe("a spokesman's stance", () => {
  it("is the stance of the body he speaks for, when his own words back it", () => {
    expect(lastVerdict(["кто такой песков", "он за урегулирование конфликта?"], "ru")).toBe("yes");
    expect(lastVerdict(["does peskov want to help find a settlement?"])).toBe("yes");
    expect(lastEntry(["does peskov want to help find a settlement?"])).toBe("kremlin-settlement-role");
  });
  it("never turns into a No", () => {
    expect(lastVerdict(["does peskov want a war?"])).not.toBe("no");
  });
});

describe("both of them?", () => {
  it("is Yes after an answer saying both", () => {
    expect(asksBoth("with both of them?")).toBe(true);
    expect(asksBoth("both sides agreed?")).toBe(false);
    expect(lastVerdict(["who does the kremlin keep talking to", "really both?"])).toBe("yes");
    expect(lastVerdict(["с кем кремль поддерживает связь?", "с обеими сторонами?"], "ru")).toBe("yes");
  });
});

describe("lost follow-ups", () => {
  it("'say anything back' is a reply asked of that party", () => {
    expect(saidBackOf("did erdogan say something back to putin?")).toBe(
      "did erdogan say something in response to putin?",
    );
    expect(saidBackOf("did washington hit back?")).toBeNull();
    expect(lastVerdict(["who did putin phone", "did the turkish side reply back?"])).toBe("not-said");
  });
  it("'what kind of X' after an answer naming X shows that answer again", () => {
    expect(kindAskedOf("so what sort of approaches?")).toBe("approaches");
    expect(lastEntry(["how does the article end", "which kind of approaches exactly?"])).toBe(
      "article-conclusion",
    );
  });
  it("'alright what…' with no comma is glue before the question", () => {
    expect(lastEntry(["tell me a joke", "alright what did putin tell erdogan"])).toBe("putin-erdogan-call");
  });
});
