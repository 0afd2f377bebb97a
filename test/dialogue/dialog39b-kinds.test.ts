// dialog39b (session 39): false verdicts of three kinds, in our own phrasings (EN/RU) — Russia said to stay out of
// the conflict (sidelines.ts: No on the Kremlin's constructive role, was a false Yes on the Quartet list), a role
// asked of the UN or the EU (member-role.ts: Yes on the Quartet list, was "doesn't say so in those words"), and
// whether all sides' interests should be taken into account (all-interests.ts: Yes on the article's close, was a
// false No from Putin's "failure to address the interests of Palestinians").
import { describe, expect, it } from "vitest";
import { allInterestsAsked } from "../../src/dialogue/all-interests.js";
import { memberRoleAsked } from "../../src/dialogue/member-role.js";
import { keptOutAsked } from "../../src/dialogue/sidelines.js";
import { thatWhyVerdict } from "../../src/dialogue/that-why.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { expectChatRows, expectRows } from "../helpers/kind-table.js";

const ruVerdict = (chat: string[]) => lastVerdict(chat, "ru");
const verdictAndText = (chat: string[]) => {
  const a = lastAnswer(chat);
  return { verdict: a.verdict, text: a.answer.answer };
};

describe("Russia said to stay out of the conflict", () => {
  it("is No with the Kremlin's constructive role, first or after another answer", () => {
    expectChatRows(verdictAndText, [
      [
        ["does russia want to sit this one out?"],
        { verdict: "no", text: expect.stringMatching(/constructive/) },
      ],
      [
        ["what did peskov say", "so moscow is staying on the sidelines?"],
        { verdict: "no", text: expect.stringMatching(/constructive/) },
      ],
      [
        ["what does putin want", "the kremlin would rather keep out of it then?"],
        { verdict: "no", text: expect.stringMatching(/constructive/) },
      ],
    ]);
    expectChatRows(ruVerdict, [
      [["москва хочет отсидеться в стороне?"], "no"],
      [["чего хочет путин?", "значит кремль предпочитает держаться в стороне?"], "no"],
    ]);
  });
  it("leaves a negated idiom and a why-question as typed", () => {
    expectRows(keptOutAsked, [
      ["does russia not want to stay out of it?", null],
      ["why does russia stay on the sidelines?", null],
      ["россия не хочет оставаться в стороне?", null],
      ["does israel want to stay out of it?", null],
      // Someone's words about it keep their voice for the next "what did he say then?".
      ["did Peskov say Russia would stay out of the conflict?", null],
      ["песков сказал, что россия останется в стороне?", null],
    ]);
  });
});

describe("a role asked of the UN or the EU", () => {
  it("is Yes on the Quartet's list", () => {
    expectChatRows(verdictAndText, [
      [
        ["does the united nations have any role in this?"],
        { verdict: "yes", text: expect.stringMatching(/Quartet/) },
      ],
      [
        ["who does putin blame", "is the eu involved in the peace process at all?"],
        { verdict: "yes", text: expect.stringMatching(/European Union/) },
      ],
    ]);
    expectChatRows(ruVerdict, [
      [["евросоюз участвует в мирном процессе?"], "yes"],
      [["что такое квартет?", "а оон играет там какую-то роль?"], "yes"],
    ]);
  });
  it("leaves another party, a negation and a wh-question as typed", () => {
    expectRows(memberRoleAsked, [
      ["does turkey play any role?", null],
      ["what role does the UN play?", null],
      ["does the EU not play any role?", null],
      ["оон и россия участвуют?", null],
      // "involved in that" after a statement is party-in-that.ts's doesn't say.
      ["is the eu involved in that?", null],
    ]);
  });
});

describe("whether all sides' interests should be taken into account", () => {
  it("is Yes on the article's close, first or after it", () => {
    expectChatRows(lastVerdict, [
      [["should the views of both sides be considered, according to the article?"], "yes"],
      [["what does the article conclude", "so every party's interests must be taken into account?"], "yes"],
    ]);
    expectChatRows(ruVerdict, [
      [["по мнению статьи, нужно считаться с интересами всех сторон?"], "yes"],
      [["какой вывод в конце статьи", "в статье говорится, что надо учесть интересы обеих сторон?"], "yes"],
    ]);
  });
  it("a doer named is another question: the US did not, No", () => {
    expectChatRows(lastVerdict, [
      [["did the americans take the interests of all sides into account?"], "no"],
    ]);
    expectRows(
      (q: string) => allInterestsAsked(q, "en"),
      [
        ["did washington take both sides' views into account?", null],
        ["whose interests should be taken into account?", null],
        ["should all sides' interests not be considered?", null],
      ],
    );
  });
});

describe("a matter asked to have come up in the reported call", () => {
  it("is Yes where the call's quote holds it, else doesn't say — never the matter's own Yes", () => {
    expectChatRows(lastVerdict, [
      [["who did putin call?", "did he raise the issue of a palestinian state there?"], "not-said"],
      [
        ["what did putin tell erdogan", "did he discuss the russians living in israel on that call?"],
        "not-said",
      ],
      [["what did putin tell erdogan", "did he talk about talks there?"], "yes"],
    ]);
    expectChatRows(ruVerdict, [
      [["что путин сказал эрдогану?", "он говорил там о палестинском государстве?"], "not-said"],
      [["что путин сказал эрдогану?", "а про прекращение огня он в том разговоре говорил?"], "yes"],
    ]);
  });
});

describe("a negated result offered as the last answer's", () => {
  it("is doesn't say: the article gives no such result", () => {
    expectChatRows(lastVerdict, [
      [["why does russia have ties with israel", "is that why israel doesnt trust moscow?"], "not-said"],
    ]);
    expectChatRows(ruVerdict, [
      [["почему у россии общие интересы с израилем?", "поэтому израиль не доверяет москве?"], "not-said"],
    ]);
    expectRows(thatWhyVerdict, [
      ["is that why russia is on israel's side?", null],
      ["и что, из-за этого россия на стороне израиля?", null],
      ["putin worried because of that?", null],
    ]);
  });
});

describe("a date asked of the last answer's event by a pronoun", () => {
  it("is doesn't say on that answer, never its verdict against the time word", () => {
    expectChatRows(verdictAndText, [
      [
        ["did putin speak with erdogan?", "was that yesterday?"],
        { verdict: "not-said", text: expect.stringMatching(/Erdogan/) },
      ],
      [
        ["путин созванивался с эрдоганом?", "это было в понедельник?"],
        { verdict: "not-said", text: expect.stringMatching(/Эрдоган/) },
      ],
      [
        ["путен звонил эрдогану?", "а это было на прошлой неделе?"],
        { verdict: "not-said", text: expect.stringMatching(/Эрдоган/) },
      ],
    ]);
  });
});
