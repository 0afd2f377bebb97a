// dialog46b (session 42): a feeling asked about what the last answer reports (feeling-about-that.ts), whose the
// article's "growing concerns" are (unheld-concern.ts), the Kremlin's contact with a side asked without a subject
// (contact-with-side.ts), other charges asked as a yes/no (else-charge.ts), the US's stance on a Palestinian state
// (us-support.ts, convention revised). Our own phrasings, from the article. Rows of (chat → last verdict).
import { describe, it } from "vitest";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectChatRows } from "../helpers/kind-table.js";

const en = (chat: string[]) => lastVerdict(chat);
const ru = (chat: string[]) => lastVerdict(chat, "ru");

describe("a feeling about what the last answer reports", () => {
  it("is doesn't say where the answer reports none, Yes after the casualties", () => {
    expectChatRows(en, [
      [["who is putin blaming?", "is he mad about that?"], "not-said"],
      [["what does putin criticize washington for?", "was he frustrated with that?"], "not-said"],
      [["who does putin blame?", "does it annoy him?"], "not-said"],
      [["what did putin say about civilian casualties?", "is he upset about that?"], "yes"],
    ]);
    expectChatRows(ru, [
      [["кого путин винит?", "он этим недоволен?"], "not-said"],
      [["за что путин критикует сша?", "его это огорчает?"], "not-said"],
    ]);
  });
});

describe("whose the growing concerns are", () => {
  it("is doesn't say, not a No", () => {
    expectChatRows(en, [
      [["could the crisis extend beyond the region?", "who said so, the foreign ministry?"], "not-said"],
      [["might the conflict spread?", "did peskov say that?"], "not-said"],
    ]);
    expectChatRows(ru, [[["кризис может распространиться дальше?", "это мид сказал?"], "not-said"]]);
  });
});

describe("the Kremlin's contact with a side, the subject left to the context", () => {
  it("is Yes after an answer on the Kremlin or Russia", () => {
    expectChatRows(en, [
      [["what does the kremlin want?", "speaks with israel too?"], "yes"],
      [["what is the kremlin's aim?", "and it talks to hamas, really?"], "yes"],
    ]);
    expectChatRows(ru, [
      [["чего хочет кремль?", "а с хамасом тоже на связи?"], "yes"],
      [["что говорит кремль?", "и с обеими сторонами общается?"], "yes"],
    ]);
  });
});

describe("other charges asked as a yes/no", () => {
  it("is Yes with the monopolised peace efforts", () => {
    expectChatRows(en, [
      [["who does putin blame?", "does he fault the us for anything else?"], "yes"],
      [["what does putin say the violence shows?", "does putin accuse them of something else?"], "yes"],
    ]);
    expectChatRows(ru, [[["кого винит путин?", "а в чём-нибудь ещё он их обвиняет?"], "yes"]]);
  });
});

describe("the US and a Palestinian state", () => {
  it("is doesn't say of its own stance, No of Putin's view of it", () => {
    expectChatRows(en, [
      [["does putin back a palestinian state?", "what about the us?"], "not-said"],
      [["does the us back palestinian statehood?"], "not-said"],
      [["is putin for a palestinian state?", "does he think the us supports it?"], "no"],
    ]);
    expectChatRows(ru, [
      [["путин выступает за палестинское государство?", "а америка?"], "not-said"],
      [["путин за палестинское государство?", "а сша, по его словам, это поддерживают?"], "no"],
    ]);
  });
});
