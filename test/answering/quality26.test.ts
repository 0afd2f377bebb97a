// Wave AE's single-question kinds (quality26), through the readers and the engine: a story person's name asked by
// name, Russia's part in a group or format in everyday words, what a party is after or the Palestinians strive for,
// what Putin told Erdogan about a third party, what the two agreed asked open, Russia's answer to the spread, Putin
// said to think the US gave the Palestinians what they wanted, Russia's stance on "the two sides", Putin blaming the
// EU by its two letters. Questions written for this test; off-story neighbours stay as they were.
import { beforeAll, describe, expect, it } from "vitest";
import { withTwoSidesAsBoth } from "../../src/answering/bare-both.js";
import { asGroupPart } from "../../src/answering/group-part.js";
import { asNameAsked } from "../../src/answering/name-asked.js";
import { asPartyAfter } from "../../src/answering/party-after.js";
import { asRussianFormatPart } from "../../src/answering/russian/format-part.js";
import { asRussianNameAsked } from "../../src/answering/russian/name-asked.js";
import { asRussianPalestiniansWant } from "../../src/answering/russian/party-wants.js";
import { asRussianToldAbout } from "../../src/answering/russian/told-about.js";
import { asSpreadPrevention } from "../../src/answering/spread-prevention.js";
import { asCallAgreed, asToldAbout } from "../../src/answering/told-about.js";
import { asUsGave } from "../../src/answering/us-gave.js";
import { realEngine as engine } from "../helpers/engine.js";

beforeAll(() => engine.warmUp(), 60_000);

const read = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : `refused:${a.reason ?? ""}`;
};

describe("a story person's name asked by name (name-asked.ts)", () => {
  it("reads it as who the person is, whose card names them in full", () => {
    expect(asNameAsked("what's the surname of the russian spokesman?")).toBe("who is peskov");
    expect(asNameAsked("the turkish president's whole name please")).toBe("who is erdogan");
    expect(engine.findAnswer("erdogan first name?").answer).toMatch(/Recep Tayyip/);
    expect(asRussianNameAsked("как по имени-отчеству пресс-секретаря?")).toBe("кто такой песков");
    expect(engine.findAnswer("полное имя турецкого президента").answer).toMatch(/Реджеп/);
  });
  it("leaves a person the article never names, and 'on behalf of', as typed", () => {
    const q = "what is biden's full name?";
    expect(asNameAsked(q)).toBe(q);
    expect(read(q)).toMatch(/^refused/);
    for (const other of ["what's the first name of erdogan's wife?", "putin's dog's full name?"])
      expect(asNameAsked(other)).toBe(other);
    expect(asRussianNameAsked("как зовут сына пескова?")).toBe("как зовут сына пескова?");
    const r = "что песков заявил от имени кремля?";
    expect(asRussianNameAsked(r)).toBe(r);
  });
});

describe("Russia's part in a group or format (group-part.ts, russian/format-part.ts)", () => {
  it("reads a group on the conflict as the Quartet", () => {
    expect(asGroupPart("does russia belong to any body dealing with middle east peace?")).toBe(
      "is russia part of the quartet",
    );
    expect(read("is the kremlin a member of some forum on the gaza war?")).toBe("quartet-members");
    expect(read("кремль является участником какой-то площадки по ближневосточному урегулированию?")).toBe(
      "quartet-members",
    );
  });
  it("leaves a group on another topic as typed", () => {
    const q = "is russia in any group on space exploration?";
    expect(asGroupPart(q)).toBe(q);
    const r = "россия участвует в каком-то формате по космосу?";
    expect(asRussianFormatPart(r)).toBe(r);
  });
  it("leaves Russia's ties with an armed group as typed", () => {
    for (const q of [
      "does moscow have links to any group in gaza?",
      "does russia back an armed group in the war?",
    ])
      expect(asGroupPart(q)).toBe(q);
    const r = "есть ли у москвы контакты с какой-то группировкой в газе?";
    expect(asRussianFormatPart(r)).toBe(r);
  });
});

describe("what a party is after, what the Palestinians strive for (party-after.ts, russian/party-wants.ts)", () => {
  it("reads the idiom as what the party wants", () => {
    expect(asPartyAfter("what's moscow really after here?")).toBe("what does moscow want here?");
    expect(read("what is the kremlin ultimately after?")).toBe("kremlin-settlement-role");
    expect(asRussianPalestiniansWant("а на что надеются палестинцы?")).toBe("чего хотят палестинцы");
    expect(read("чего добивались палестинцы?")).toBe("palestinian-state");
  });
  it("leaves a place after the verb as typed", () => {
    const q = "what happened after the call?";
    expect(asPartyAfter(q)).toBe(q);
  });
});

describe("what Putin told Erdogan about a third party (told-about.ts, russian/told-about.ts)", () => {
  it("reads it as what Putin said about that party", () => {
    expect(asToldAbout("what did putin tell his turkish counterpart concerning america?")).toBe(
      "what did putin say about america?",
    );
    expect(read("what did putin say to erdogan about the united states")).toBe("putin-on-us");
    expect(asRussianToldAbout("что путин сообщил президенту турции насчет америки?")).toBe(
      "что путин сказал про америки",
    );
    expect(read("что путин заявил эрдогану об американцах")).toBe("putin-on-us");
  });
  it("leaves the call asked without a topic as typed", () => {
    const q = "what did putin tell erdogan?";
    expect(asToldAbout(q)).toBe(q);
    expect(read(q)).toBe("putin-erdogan-call");
  });
});

describe("what Putin and Erdogan agreed, asked open (told-about.ts asCallAgreed)", () => {
  it("reads it as what the two discussed", () => {
    expect(asCallAgreed("what did erdogan and putin settle on?")).toBe("what did putin and erdogan discuss");
    expect(read("what got decided on the phone call?")).toBe("putin-erdogan-call");
  });
  it("leaves a yes/no agreement as typed", () => {
    const q = "did putin and erdogan agree on a ceasefire?";
    expect(asCallAgreed(q)).toBe(q);
  });
});

describe("Russia's answer to the spread (spread-prevention.ts)", () => {
  it("reads it as the Foreign Ministry's proposal", () => {
    expect(read("what does russia plan to do so the war doesn't spill over?")).toBe(
      "foreign-ministry-position",
    );
  });
  it("leaves Putin's own words and a proposal without the spread as typed", () => {
    for (const q of ["how does putin want to stop the spread?", "what does russia propose?"])
      expect(asSpreadPrevention(q)).toBe(q);
  });
});

describe("the US said to have given the Palestinians what they wanted (us-gave.ts)", () => {
  it("answers that, in Putin's view, it did not", () => {
    expect(asUsGave("did america hand the palestinians what they were asking for?")).toBe(
      "did the us address palestinian interests",
    );
    expect(
      engine.findAnswer("does putin believe washington delivered what palestinians hoped for").answer,
    ).toMatch(/did not/);
  });
  it("leaves other parties and other verbs as typed", () => {
    for (const q of ["did russia give the palestinians support?", "does the us back the palestinians?"])
      expect(asUsGave(q)).toBe(q);
  });
});

describe("Russia's stance on 'the two sides' (bare-both.ts withTwoSidesAsBoth)", () => {
  it("reads it as both sides", () => {
    expect(withTwoSidesAsBoth("russia's attitude towards the two sides?")).toBe(
      "russia's attitude towards both sides?",
    );
    expect(read("what is moscow's stance on the two sides")).toBe("kremlin-contact-both-sides");
  });
  it("keeps 'who are the two sides' as typed", () => {
    const q = "who are the two sides?";
    expect(withTwoSidesAsBoth(q)).toBe(q);
    expect(read(q)).toBe("conflict-parties");
  });
});

describe("Putin blaming the EU by its two letters (russian/blamed-party.ts)", () => {
  it("reads «ЕС» as a blamed party", () => {
    expect(read("Путин винит ЕС в эскалации?")).toBe("putin-blames-us");
  });
});
