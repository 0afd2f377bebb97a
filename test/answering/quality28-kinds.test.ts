// quality28: Putin's call partner asked with the title last (plain-question.ts), a Quartet body's mention
// (body-mentioned.ts, "anywhere" as a stop word), the article's own stance toward Russia's role (article-on-russia.ts),
// opposition to a thing read as the stance on it (against-thing.ts), a fact-checker's ramble about Russia's
// Quartet seat (own-role-mention.ts); in Russian, whether Putin spoke of Russia's own role
// (russian/own-role-said.ts), what the Kremlin is up to (russian/kremlin-doing.ts), the Foreign Ministry's view
// asked in a long plea (russian/ministry-position.ts) and "состоял в" as membership (ru synonyms). Our own
// phrasings (not the blind sets').
import { describe, expect, it } from "vitest";
import { asAgainstThing } from "../../src/answering/against-thing.js";
import { asArticleOnRussia } from "../../src/answering/article-on-russia.js";
import { asBodyMentioned } from "../../src/answering/body-mentioned.js";
import { asRussianKremlinDoing } from "../../src/answering/russian/kremlin-doing.js";
import { asRussianMinistryPosition } from "../../src/answering/russian/ministry-position.js";
import { asRussianOwnRoleSaid } from "../../src/answering/russian/own-role-said.js";
import { answerChecks } from "../helpers/answering.js";

const en = answerChecks("en");
const ru = answerChecks("ru");

describe("Putin's call partner asked with the title last", () => {
  it("is whom Putin called", () => {
    en.expectAnswered("putin phoned which head of government?", "putin-erdogan-call");
    en.expectAnswered(
      "the russian leader spoke over the phone with what country's president",
      "putin-erdogan-call",
    );
  });
});

describe("a Quartet body asked to be mentioned", () => {
  it("is read as the Quartet's members; a body asked to have said something stays as typed", () => {
    expect(asBodyMentioned("is the UN named somewhere in the text?")).toBe("is the UN in the quartet");
    expect(asBodyMentioned("what did the european union say about it")).toBe(
      "what did the european union say about it",
    );
    en.expectAnswered("is the european union mentioned anywhere in this piece", "quartet-members");
    en.expectNotAnswered("did the EU comment on the fighting?");
  });
});

describe("the article's own stance toward Russia", () => {
  it("is the controversy remark, or Moscow's image as reported", () => {
    expect(asArticleOnRussia("is the journalist sceptical of russia's mediation?")).toBe(
      "is russia's involvement in the peace process controversial",
    );
    expect(asArticleOnRussia("does anyone criticise moscow's role?")).toBe(
      "does anyone criticise moscow's role?",
    );
    en.expectAnswered("any critique of moscow's involvement in the piece?", "russia-role-controversy");
    en.expectAnswered("does the report swallow the kremlin's neutral pose?", "is-russia-neutral");
  });
});

describe("opposition to a thing", () => {
  it("is the stance on it; opposition to a party stays criticism", () => {
    expect(asAgainstThing("is moscow against negotiations?")).toBe("what is moscow's stance on negotiations");
    expect(asAgainstThing("is putin against washington?")).toBe("is putin against washington?");
    en.expectAnswered("is putin really against palestinian statehood", "palestinian-state");
    en.expectAnswered("does the kremlin oppose a ceasefire?", /ceasefire-call|russia-position/);
  });
});

describe("a fact-checker's ramble about Russia's Quartet seat", () => {
  it("is Putin's silence on Russia's role", () => {
    en.expectAnswered(
      "Quick check for a newsletter: someone wrote that Putin talked about Russia's membership in the Quartet when he spoke with Erdogan. Is that in the source, and did Putin actually mention it?",
      "putin-silent-on-russia-role",
    );
  });
});

describe("Russian: Putin and Russia's own role, the Kremlin's doings, the ministry's view, membership", () => {
  it("reads each as the article's entry", () => {
    expect(asRussianOwnRoleSaid("касался ли путин вклада россии?")).toBe(
      "упомянул ли путин собственную роль россии",
    );
    expect(asRussianOwnRoleSaid("какую роль играет россия?")).toBe("какую роль играет россия?");
    ru.expectAnswered("путин вспоминал про роль россии в квартете?", "putin-silent-on-russia-role");
    expect(asRussianKremlinDoing("что путин делает")).toBe("что путин делает");
    ru.expectAnswered("чё москва там химичит", "kremlin-settlement-role");
    expect(asRussianMinistryPosition("что песков и мид предлагают")).toBe("что песков и мид предлагают");
    ru.expectAnswered(
      "добрый вечер, пишу курсовую, подскажите, какая точка зрения у министерства иностранных дел россии и какие у них предложения по урегулированию? спасибо",
      "foreign-ministry-position",
    );
    ru.expectAnswered("кто помимо россии состоял в квартете", "quartet-members");
  });
});
