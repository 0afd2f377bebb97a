// Wave AI's single-question kinds and session 27's leftovers (quality28), through the readers and the engine:
// Putin's take on the fighting, which country wants the mediator's part, the article's title, the names the piece
// gives, another voice asked with a speaker set aside, a cleft or a voice put last in Russian, what the sides should
// do for Putin, who helped the talks beside Russia, Erdogan's given names, «наладить»/«установить», the Kremlin
// «нейтрален», «мирных граждан». Questions written for this test; neighbours that must stay as they were beside them.
import { beforeAll, describe, expect, it } from "vitest";
import { asArticleTitle, asRussianArticleTitle } from "../../src/answering/article-title.js";
import { asRussianCleftDoer } from "../../src/answering/cleft-doer.js";
import { asNamesRoster, asRussianNamesRoster } from "../../src/answering/names-roster.js";
import { asRussianFormatPart } from "../../src/answering/russian/format-part.js";
import { withoutWishAddressees } from "../../src/answering/russian/wish-addressee.js";
import {
  withoutRussianSpeakerSetAside,
  withoutSpeakerSetAside,
} from "../../src/answering/speaker-exclusion.js";
import { asViolenceView } from "../../src/answering/violence-view.js";
import { asRussianWouldBeMediator, asWouldBeMediator } from "../../src/answering/would-be-mediator.js";
import { realEngine as engine } from "../helpers/engine.js";

beforeAll(() => engine.warmUp(), 60_000);

const read = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : `refused:${a.reason ?? ""}`;
};

describe("Putin's take on the fighting (violence-view.ts)", () => {
  it("reads his view of the violence as what he says about the conflict", () => {
    expect(asViolenceView("what is putin's perspective on the israel-gaza violence")).toBe(
      "what does putin say about the conflict",
    );
    expect(read("putins thoughts on the gaza and israel fighting")).toBe("russia-position");
    expect(read("what's putin's reaction to the bloodshed?")).toBe("russia-position");
  });
  it("leaves another topic or another speaker as typed", () => {
    for (const q of [
      "what is putin's view of the escalation",
      "putin's take on the palestinian state",
      "peskov's take on the gaza violence",
      "putin's take on the gaza violence and the us",
    ])
      expect(asViolenceView(q)).toBe(q);
    expect(read("what's putin's opinion on the world cup")).toMatch(/^refused/);
  });
});

describe("which country wants the mediator's part (would-be-mediator.ts)", () => {
  it("reads it as who wants to be the mediator, both languages", () => {
    expect(asWouldBeMediator("which nation is keen to be the honest broker here")).toBe(
      "who wants to be the mediator",
    );
    expect(read("what country is trying to broker peace between israel and hamas")).toBe(
      "russia-impartial-mediator",
    );
    expect(asRussianWouldBeMediator("какое государство хочет выступить посредником")).toBe(
      "кто хочет быть посредником",
    );
    expect(read("какая страна стремится стать примирителем сторон")).toBe("russia-impartial-mediator");
  });
  it("leaves other questions as typed", () => {
    for (const q of ["which country is fighting", "which country wants a ceasefire", "who is the mediator"])
      expect(asWouldBeMediator(q)).toBe(q);
    expect(asRussianWouldBeMediator("какая страна воюет")).toBe("какая страна воюет");
  });
});

describe("the article's title and the names it gives (article-title.ts, names-roster.ts)", () => {
  it("reads the title as the headline", () => {
    expect(asArticleTitle("what's the title of this story?")).toBe("what is the headline");
    expect(read("what is this piece titled")).toBe("summary");
    expect(asRussianArticleTitle("как называется эта заметка")).toBe("о чём статья в одной строке");
    expect(read("какое название у статьи")).toBe("summary");
  });
  it("leaves a person's title as typed", () => {
    expect(asArticleTitle("what is erdogan's title")).toBe("what is erdogan's title");
    expect(read("what is peskov's title")).toBe("who-is-peskov");
  });
  it("reads the names the piece gives as who it mentions", () => {
    expect(asNamesRoster("what names pop up in this text")).toBe("who is mentioned in the article");
    expect(read("which names does the report feature")).toBe("quotes");
    expect(asRussianNamesRoster("чьи имена звучат в тексте")).toBe("кто упоминается в статье");
    expect(read("какие имена фигурируют в материале")).toBe("quotes");
    expect(asNamesRoster("what names does putin call the us")).toBe("what names does putin call the us");
  });
});

describe("another voice asked with a speaker set aside (speaker-exclusion.ts)", () => {
  it("drops the set-aside phrase whole", () => {
    expect(withoutSpeakerSetAside("putin aside, what does the kremlin say")).toBe(
      "what does the kremlin say",
    );
    expect(withoutRussianSpeakerSetAside("не считая путина, что заявил кремль")).toBe("что заявил кремль");
    expect(read("other than putin, what did the kremlin say")).toBe("quotes");
  });
  it("keeps the roster for who-questions", () => {
    expect(withoutSpeakerSetAside("besides peskov, who spoke")).toBe("who else spoke");
  });
});

describe("Russian: a voice put last, what the sides should do, who helped beside Russia", () => {
  it("reads a voice put after its act as who did it", () => {
    expect(asRussianCleftDoer("к прекращению огня призвал песков?")).toBe("кто призвал к прекращению огня?");
    expect(read("это мид назвал политику сша провальной?")).toBe("us-policy-failure");
    expect(asRussianCleftDoer("кремль назвал политику вашингтона провальной?")).toBe(
      "кто назвал политику вашингтона провальной?",
    );
    // Without a question mark, or with another act, the voice first stays as typed.
    expect(asRussianCleftDoer("песков назвал политику провальной")).toBe("песков назвал политику провальной");
    expect(asRussianCleftDoer("путин призвал к перемирию?")).toBe("путин призвал к перемирию?");
  });
  it("reads the sides Putin wants something done by as the wish's addressees", () => {
    expect(withoutWishAddressees("что путин хочет чтобы израиль и хамас сделали".split(" "))).toEqual([
      "что",
      "путин",
      "хочет",
    ]);
    expect(read("чего путин хочет, чтобы хамас и израиль предприняли, чтобы перестать стрелять")).toBe(
      "ceasefire-call",
    );
    const oneSide = "что путин хочет чтобы сша сделали".split(" ");
    expect(withoutWishAddressees(oneSide)).toEqual(oneSide);
  });
  it("reads who helped the talks together with Russia as the Quartet's other members", () => {
    expect(asRussianFormatPart("кто наряду с москвой содействовал мирным переговорам")).toBe(
      "кто в квартет входит кроме россии",
    );
    expect(read("какие организации совместно с россией помогали израильско-палестинским переговорам")).toBe(
      "quartet-members",
    );
    expect(asRussianFormatPart("россия помогала переговорам?")).toBe("россия помогала переговорам?");
  });
  it("knows Erdogan's given names, «наладить» as «установить», «нейтрален», «мирных граждан»", () => {
    expect(read("тайип — кто это")).toBe("who-is-erdogan");
    expect(read("what does the article say about tayyip")).toMatch(/erdogan/);
    expect(read("что мид предлагает установить между израилем и палестинцами")).toBe(
      "foreign-ministry-position",
    );
    expect(read("москва нейтральна?")).toBe("is-russia-neutral");
    expect(read("кого беспокоит гибель мирных граждан")).toBe("putin-civilian-casualties");
  });
});
