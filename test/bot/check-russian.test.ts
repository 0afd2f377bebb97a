// /check in Russian through the whole bot: a Russian claim is judged on the article's English span, shown with its
// curated translation labelled as one, and never called word for word.
import { describe, expect, it } from "vitest";
import type { LocalChat } from "../../src/transports/local-updates.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { RU } from "../helpers/texts.js";

const realBot = () => createTestBot({ kb: realKb, engine: realEngine });

/** A reader whose Telegram is set to Russian. */
const RU_READER: LocalChat = {
  chat: { id: 50, type: "private", first_name: "Аня" },
  user: { id: 50, is_bot: false, first_name: "Аня", language_code: "ru" },
};

async function checked(message: string) {
  const t = realBot();
  await t.send(message, RU_READER);
  expectValidOutput(t.api);
  const reply = t.api.lastReply();
  return { text: visibleText(reply), html: String(reply.payload.text) };
}

const CEASEFIRE_EN =
  "Putin emphasized the urgent need for an immediate ceasefire and the resumption of the negotiation process.";
const CEASEFIRE_RU =
  "Путин подчеркнул настоятельную необходимость немедленного прекращения огня и возобновления переговорного процесса.";

describe("/check in Russian", () => {
  it("finds a true Russian claim in other words, shows the English wording and its labelled translation", async () => {
    const { text, html } = await checked("/check Путин призвал к немедленному прекращению огня");
    expect(text.split("\n")[0]).toBe(RU("verdict-paraphrase"));
    expect(text).toContain(`${RU("check-article-wording")}\n${CEASEFIRE_EN}`);
    expect(html).toContain(`<i>${RU("translation-label")} ${CEASEFIRE_RU}</i>`);
    expect(text).toContain("Владимир Путин, президент России — в изложении статьи");
    expect(html).toContain(`<i>${RU("check-translated")}</i>`);
    expect(text).not.toContain(RU("verdict-verbatim"));
  });

  it("calls a claim that adds «не» altered and names the negated word", async () => {
    const { text } = await checked("/check Путин не призывал к прекращению огня");
    expect(text.split("\n")[0]).toBe(RU("verdict-altered"));
    expect(text).toMatch(/Что изменено: “не призывал”/);
    expect(text).toContain(CEASEFIRE_EN);
  });

  it("calls a claim that drops the article's negation altered", async () => {
    const { text } = await checked("/check Путин упомянул роль России в мирном процессе");
    expect(text.split("\n")[0]).toBe(RU("verdict-altered"));
    expect(text).toContain("However, Putin makes no mention of Russia’s own role in the peace process");
  });

  it("calls a claim put in Peskov's mouth (inflected: «Пескова») misattributed, naming both in Russian", async () => {
    const { text } = await checked(
      "/check По словам Пескова, необходимо немедленное прекращение огня и возобновление переговорного процесса",
    );
    expect(text.split("\n")[0]).toBe(RU("verdict-misattributed"));
    expect(text).toContain("так говорит Владимир Путин, а не Дмитрий Песков");
  });

  it("checks a pasted Russian statement, and answers a long Russian question instead of checking it", async () => {
    const pasted = await checked("Кремль разорвал связь с обеими воюющими сторонами.");
    expect(pasted.text.split("\n")[0]).toBe(RU("verdict-altered"));
    const asked = await checked("признаёт ли путин что палестинцам нужно своё государство");
    for (const verdict of ["paraphrase", "altered", "misattributed", "not-in-article", "cannot-judge"])
      expect(asked.text).not.toContain(RU(`verdict-${verdict}`));
  });

  it("says it cannot judge a sentence it cannot read, never that it is not in the article", async () => {
    const { text } = await checked("/check Кжрбл фтывщ мнпр ырк зщшгн");
    expect(text.split("\n")[0]).toBe(RU("verdict-cannot-judge"));
    expect(text).toContain(RU("check-cannot-judge"));
    expect(text).not.toContain(RU("verdict-not-in-article"));
  });

  it("gives a Russian example in the Russian usage text", async () => {
    const { text } = await checked("/check");
    expect(text).toContain("/check Путин призвал к немедленному прекращению огня");
  });
});
