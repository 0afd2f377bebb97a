import { MemorySessionStorage } from "grammy";
import { describe, expect, it } from "vitest";
import { textsIn } from "../../src/bot/i18n.js";
import { setCommandMenu } from "../../src/bot/index.js";
import { claimCard } from "../../src/bot/render/claim.js";
import type { SessionData } from "../../src/bot/session.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { assembleLocal } from "../../src/knowledge/local-parts.js";
import type { LocalChat } from "../../src/transports/local-updates.js";
import { inlineQueryUpdate } from "../../src/transports/terminal-inline.js";
import { ASK, RU_ASK, RU_TRANSLATIONS } from "../helpers/fake-engine.js";
import { fixtureKnowledgeBase } from "../helpers/fixture-kb.js";
import {
  buttonsOf,
  createTestBot,
  expectValidOutput,
  GROUP,
  PRIVATE,
  visibleText,
} from "../helpers/harness.js";
import { parseTelegramHtml } from "../helpers/telegram-html.js";
import { EN, RU } from "../helpers/texts.js";

/** A reader whose Telegram is set to Russian. */
const RU_READER: LocalChat = {
  chat: { id: 50, type: "private", first_name: "Аня" },
  user: { id: 50, is_bot: false, first_name: "Аня", language_code: "ru" },
};
/** A reader whose Telegram is set to English. */
const EN_READER: LocalChat = {
  chat: { id: 51, type: "private", first_name: "Ann" },
  user: { id: 51, is_bot: false, first_name: "Ann", language_code: "en" },
};
const RU_GROUP_MEMBER: LocalChat = { ...GROUP, user: { ...RU_READER.user, id: 52 } };

/** The fixture with its summaries in Russian too, as knowledge/ru/ gives them. */
function bilingualKb(): KnowledgeBase {
  const kb = fixtureKnowledgeBase();
  const ru = {
    oneLine: "Путин призывает к прекращению огня и винит политику <США>",
    short: "Путин хочет прекращения огня и переговоров; он винит политику США.",
    long: "Путин призвал к немедленному прекращению огня и возвращению к переговорам. Песков сказал, что Москва хочет конструктивной роли.",
    bullets: ["Прекращение огня и переговоры", "Политика США «провалилась»", "Россия хочет роли"],
  };
  // A whole Russian side with the quotes' translations (the fake engine's): the dialogue's yes/no check builds the
  // Russian claim checker from it, as from the real knowledge/ru/.
  const local = assembleLocal("ru", {
    entries: [],
    speakers: [],
    summaries: ru,
    synonyms: [],
    translations: Object.entries(RU_TRANSLATIONS),
  });
  return { ...kb, locales: { ru: local } };
}

const ruBot = () => createTestBot({ kb: bilingualKb() });
const lastText = (t: ReturnType<typeof createTestBot>) => visibleText(t.api.lastReply());

describe("which language a reply is in", () => {
  it("follows Telegram's language_code: Russian for ru", async () => {
    const t = ruBot();
    await t.send("/start", RU_READER);
    expect(lastText(t)).toContain("Здравствуйте, Аня!");
    expect(lastText(t)).toContain("Путин призывает к прекращению огня");
    expectValidOutput(t.api);
  });

  it("answers a Cyrillic question in Russian even to an English client (the script beats language_code)", async () => {
    const t = ruBot();
    await t.send(RU_ASK.answered, EN_READER);
    expect(lastText(t)).toContain("Да: к немедленному прекращению огня");
    expect(lastText(t)).toContain("Перевод:");
    await t.send("/quotes песков", EN_READER);
    expect(lastText(t)).toContain("Что сказал Дмитрий Песков");
    expectValidOutput(t.api);
  });

  it("keeps English for an English client, and for a Ukrainian one (a decision: no Russian assumed)", async () => {
    const t = ruBot();
    await t.send("/start", EN_READER);
    expect(lastText(t)).toContain("Hi, Ann!");
    await t.send("/start", { ...EN_READER, user: { ...EN_READER.user, language_code: "uk" } });
    expect(lastText(t)).toContain("Hi, Ann!");
  });

  it("follows /language over language_code, in both directions", async () => {
    const t = ruBot();
    await t.send("/language", RU_READER);
    expect(lastText(t)).toBe(RU("language-choose"));
    expect(buttonsOf(t.api.lastReply())).toEqual([
      { text: "English", data: "v1:lang:en" },
      { text: "• Русский", data: "v1:lang:ru" },
    ]);
    await t.press("v1:lang:en", RU_READER);
    const edit = t.api.of("editMessageText").at(-1)!;
    expect(visibleText(edit)).toBe(EN("language-chosen"));
    expect(buttonsOf(edit)[0]!.text).toBe("• English");
    await t.send("/start", RU_READER);
    expect(lastText(t)).toContain("Hi, Аня!");

    await t.send("/language русский", EN_READER);
    expect(lastText(t)).toBe(RU("language-chosen"));
    await t.send("/help", EN_READER);
    expect(lastText(t)).toContain("Что я знаю");
    expectValidOutput(t.api);
  });

  it("keeps a Russian answer's buttons Russian for an English client (the card's language rides on them)", async () => {
    const t = ruBot();
    await t.send(RU_ASK.answered, EN_READER);
    const [source, related] = buttonsOf(t.api.lastReply());
    expect(source!.data).toBe("v1:src:ceasefire-call:0@ru");
    await t.press(source!.data, EN_READER);
    expect(lastText(t)).toMatch(/^Из статьи, абзац 1 из 3/);
    await t.press(related!.data, EN_READER);
    expect(lastText(t)).toMatch(/^Что Путин говорит о политике <США>\?/);
    // An English card's buttons carry nothing: they follow the presser's language as before.
    await t.send(ASK.answered, EN_READER);
    expect(buttonsOf(t.api.lastReply())[0]!.data).toBe("v1:src:ceasefire-call:0");
  });

  it("still answers a Cyrillic question in Russian after /language English", async () => {
    const t = ruBot();
    await t.send("/language en", RU_READER);
    await t.send(RU_ASK.putinQuotes, RU_READER);
    expect(lastText(t)).toContain("Что сказал Владимир Путин");
  });

  it("remembers the choice in the session store it is given, across a restart", async () => {
    const storage = new MemorySessionStorage<SessionData>();
    const before = createTestBot({ kb: bilingualKb(), sessionStorage: storage });
    await before.send("/language ru", EN_READER);
    expect(storage.read(`user:${EN_READER.user.id}`)).toEqual({ language: "ru" });

    const after = createTestBot({ kb: bilingualKb(), sessionStorage: storage });
    await after.send("/start", EN_READER);
    expect(lastText(after)).toContain("Здравствуйте, Ann!");
  });

  it("offers the languages again for a name it does not know", async () => {
    const t = ruBot();
    await t.send("/language klingon", EN_READER);
    expect(lastText(t)).toBe("I don’t speak “klingon” yet. Pick one of these:");
    expect(buttonsOf(t.api.lastReply())).toHaveLength(2);
  });

  it("treats a button for a language the bot no longer speaks as expired", async () => {
    const t = ruBot();
    await t.press("v1:lang:de", RU_READER);
    expect(t.api.of("answerCallbackQuery")[0]!.payload.text).toBe(RU("button-expired"));
  });
});

describe("the command menu", () => {
  it("is set in English by default and in Russian for language_code ru", async () => {
    const t = ruBot();
    await setCommandMenu(t.bot.api, t.logger);
    const [en, ru] = t.api.of("setMyCommands").map((c) => c.payload);
    expect(en!.language_code).toBeUndefined();
    expect(ru!.language_code).toBe("ru");
    expect(en!.commands.map((c: { command: string }) => c.command)).toEqual(
      ru!.commands.map((c: { command: string }) => c.command),
    );
    expect(en!.commands).toContainEqual({ command: "language", description: "Answer in English or Russian" });
    expect(ru!.commands).toContainEqual({ command: "summary", description: RU("command-summary") });
  });

  it("follows /language in a private chat (scoped to that chat), and a failure there is only logged", async () => {
    const t = ruBot();
    t.api.failNext("setMyCommands", { error_code: 400, description: "Bad Request: BOT_COMMANDS_TOO_MUCH" });
    await t.send("/language en", RU_READER);
    expect(lastText(t)).toBe(EN("language-chosen"));
    expect(t.logs.entries().find((e) => e.level === "warn")?.msg).toContain("command menu");
    await t.send("/language ru", RU_READER);
    const scoped = t.api.of("setMyCommands").at(-1)!.payload;
    expect(scoped.scope).toEqual({ type: "chat", chat_id: RU_READER.chat.id });
    expect(scoped.commands[0]).toEqual({ command: "start", description: RU("command-start") });
    await t.send("/language en", RU_GROUP_MEMBER);
    expect(t.api.of("setMyCommands")).toHaveLength(2);
  });

  it("logs a failure in one language and still sets the other", async () => {
    const t = ruBot();
    t.api.failNext("setMyCommands", { error_code: 400, description: "Bad Request: commands are invalid" });
    await setCommandMenu(t.bot.api, t.logger);
    expect(t.api.of("setMyCommands")).toHaveLength(2);
    const warning = t.logs.entries().find((e) => e.level === "warn");
    expect(warning?.msg).toContain("command menu");
  });
});

describe("every command and button in Russian", () => {
  it("/start: greeting, story line and Russian buttons", async () => {
    const t = ruBot();
    await t.send("/start", RU_READER);
    expect(buttonsOf(t.api.lastReply())).toEqual([
      { text: "📰 Кратко", data: "v1:sum:new@ru" },
      { text: "🗣 Кто что сказал", data: "v1:q:all@ru" },
      { text: "Призвал ли Путин к прекращению огня?", data: "v1:a:ceasefire-call@ru" },
      { text: "Что Путин говорит о политике <США>?", data: "v1:a:us-policy@ru" },
      { text: "Какой роли хочет Россия?", data: "v1:a:russia-role@ru" },
    ]);
    expect(t.api.lastReply().payload.text).toContain("политику &lt;США&gt;");
  });

  it("/help: commands with Russian descriptions, example questions, group and inline hints", async () => {
    const t = ruBot();
    await t.send("/help", RU_READER);
    const text = lastText(t);
    expect(text).toContain("/language — Отвечать по-русски или по-английски");
    expect(text).toContain("/check — Правда ли так сказали? /check <фраза>");
    expect(text).toContain("• Призвал ли Путин к прекращению огня?");
    expect(text).toContain("В группе упомяните меня (@StoryQaBot)");
    expect(text).toContain("В любом чате наберите @StoryQaBot");
    expectValidOutput(t.api);
  });

  it("an answer card: the article's English words, the Russian attribution, and a labelled translation", async () => {
    const t = ruBot();
    await t.send(RU_ASK.answered, RU_READER);
    const reply = t.api.lastReply();
    expect(reply.payload.text).toBe(
      [
        "<b>Призвал ли Путин к прекращению огня?</b>\nДа: к немедленному прекращению огня и возвращению к переговорам.",
        "<blockquote>Russian President Vladimir Putin called for an immediate ceasefire &amp; a return to talks.</blockquote>\n" +
          "— <b>Владимир Путин</b>, президент России — в изложении статьи · абзац 1\n" +
          "<i>Перевод: Президент России Владимир Путин призвал к немедленному прекращению огня и возвращению к переговорам.</i>",
      ].join("\n\n"),
    );
    expect(buttonsOf(reply)).toEqual([
      { text: "📄 Показать в статье", data: "v1:src:ceasefire-call:0@ru" },
      { text: "Что Путин говорит о политике <США>?", data: "v1:a:us-policy@ru" },
      { text: "Какой роли хочет Россия?", data: "v1:a:russia-role@ru" },
    ]);
    expectValidOutput(t.api);
  });

  it("quotes in two paragraphs: a button per paragraph, the article's narration credited to the article", async () => {
    const t = ruBot();
    await t.press("v1:a:russia-role", RU_READER);
    const reply = t.api.lastReply();
    expect(visibleText(reply)).toContain("— статья · абзац 3");
    expect(visibleText(reply)).toContain("Перевод: Автор отмечает");
    expect(
      buttonsOf(reply)
        .slice(0, 2)
        .map((b) => b.text),
    ).toEqual(["📄 В статье (¶2)", "📄 В статье (¶3)"]);
    await t.press("v1:src:russia-role:1@ru", RU_READER);
    expect(lastText(t)).toMatch(/^Из статьи, абзац 3 из 3\n/);
    expect(lastText(t)).toContain("Цитата к вопросу: Какой роли хочет Россия?");
    expect(lastText(t)).toContain(
      "\nПеревод: Автор отмечает, что о собственной роли России не было сказано ни слова.\n",
    );
    expect(buttonsOf(t.api.lastReply())).toEqual([{ text: "↩ Назад к ответу", data: "v1:a:russia-role@ru" }]);
    expectValidOutput(t.api);
  });

  it("'the article doesn't say', without saying it twice", async () => {
    const t = ruBot();
    await t.send(RU_ASK.notInArticle, RU_READER);
    const text = lastText(t);
    expect(text).toContain("Статья не приводит никаких цифр.");
    expect(text).not.toContain(RU("not-in-article-lead"));
    expect(text).toContain("Что в ней есть:");
    expectValidOutput(t.api);
  });

  it("'did you mean', a refusal with suggestions, and an empty question", async () => {
    const t = ruBot();
    await t.send(RU_ASK.ambiguous, RU_READER);
    expect(lastText(t)).toBe(`${RU("did-you-mean")}\n${RU("did-you-mean-hint")}`);
    await t.send(RU_ASK.offTopic, RU_READER);
    expect(lastText(t)).toContain("В статье об этом ничего нет.");
    expect(lastText(t)).toContain("Я знаю только одну новость: Путин призывает");
    expect(lastText(t)).toContain(RU("you-could-ask"));
    expect(
      buttonsOf(t.api.lastReply())
        .slice(-2)
        .map((b) => b.text),
    ).toEqual(["📰 Кратко", "🗣 Кто что сказал"]);
    await t.send("   ", RU_READER);
    expect(lastText(t)).toBe(RU("send-a-question"));
    expectValidOutput(t.api);
  });

  it("/summary in Russian, resized by Russian buttons", async () => {
    const t = ruBot();
    await t.send("/summary", RU_READER);
    expect(lastText(t)).toBe("Кратко\nПутин хочет прекращения огня и переговоров; он винит политику США.");
    expect(buttonsOf(t.api.lastReply()).map((b) => b.text)).toEqual([
      "В строку",
      "• Кратко",
      "3 пункта",
      "Целиком",
    ]);
    await t.press("v1:sz:bullets@ru", RU_READER);
    const edit = t.api.of("editMessageText").at(-1)!;
    expect(visibleText(edit)).toContain("• Политика США «провалилась»");
    await t.send(RU_ASK.summary, RU_READER);
    expect(lastText(t)).toContain("• Прекращение огня и переговоры");
    expectValidOutput(t.api);
  });

  it("/quotes: the roster with Russian names and plurals, a speaker by a Russian name, and an unknown one", async () => {
    const t = ruBot();
    await t.send("/quotes", RU_READER);
    const text = lastText(t);
    expect(text).toContain("Кто что сказал\n• Владимир Путин, президент России: 3 высказывания");
    expect(text).toContain("• Дмитрий Песков, пресс-секретарь Кремля: 1 высказывание");
    expect(text).toContain(RU("roster-tap"));
    expect(buttonsOf(t.api.lastReply()).map((b) => b.text)).toEqual([
      "Владимир Путин (3)",
      "Дмитрий Песков (1)",
    ]);
    await t.press("v1:q:putin@ru", RU_READER);
    expect(lastText(t)).toContain("Что сказал Владимир Путин\nпрезидент России");
    expect(buttonsOf(t.api.lastReply())).toEqual([{ text: "🗣 Кто что сказал", data: "v1:q:all@ru" }]);
    await t.send("/quotes пескова", RU_READER);
    expect(lastText(t)).toContain("Перевод: Пресс-секретарь Кремля Дмитрий Песков сказал");
    await t.send("/quotes Байден", RU_READER);
    expect(lastText(t)).toMatch(/^В статье нет упоминания «Байден»\./);
    expectValidOutput(t.api);
  });

  it("/ask: the prompt, the answer and /cancel", async () => {
    const t = ruBot();
    await t.send("/ask", RU_READER);
    expect(lastText(t)).toBe(RU("ask-prompt"));
    await t.send(ASK.answered, RU_READER);
    // The question was in English: the reader's language still holds, since the script does not decide.
    expect(lastText(t)).toContain("Да: к немедленному прекращению огня");
    await t.send("/cancel", RU_READER);
    expect(lastText(t)).toBe(RU("nothing-to-cancel"));
    await t.send("/ask", RU_READER);
    await t.send("/cancel", RU_READER);
    expect(lastText(t)).toBe(RU("ask-cancelled"));
    await t.send("/ask Сколько людей погибло?", EN_READER);
    expect(lastText(t)).toContain("Статья не приводит никаких цифр.");
  });

  it("/ask in a group: the prompt's input placeholder in Russian", async () => {
    const t = ruBot();
    await t.send("/ask", RU_GROUP_MEMBER);
    expect(t.api.lastReply().payload.reply_markup.input_field_placeholder).toBe("Ваш вопрос");
  });

  it("/check: usage, and a verdict with the article's wording", async () => {
    const t = ruBot();
    await t.send("/check", RU_READER);
    expect(lastText(t)).toBe(RU("check-usage"));
    expect(lastText(t)).toContain("\n/check Путин призвал к немедленному прекращению огня\n\nИли перешлите");
    await t.send("/check Putin called for an immediate ceasefire", RU_READER);
    const text = lastText(t);
    expect(text).toMatch(/^(✅|🟡)/);
    expect(text).toContain("Как сказано в статье:");
    expect(text).toContain("— в изложении статьи · абзац 1");
    expect(text).not.toContain(RU("check-translated"));
    expectValidOutput(t.api);
  });

  it("refusals, notices and errors: unknown command, non-text, expired button, apology, slow down", async () => {
    const t = createTestBot({ kb: bilingualKb(), rateLimit: { timeFrameMs: 5_000, limit: 5 } });
    await t.send("/frobnicate", RU_READER);
    expect(lastText(t)).toBe(RU("unknown-command"));
    await t.send("", RU_READER, { text: undefined, sticker: { file_id: "x" } } as never);
    expect(lastText(t)).toBe(RU("text-only"));
    await t.press("v1:a:no-such-entry", RU_READER);
    expect(t.api.of("answerCallbackQuery").at(-1)!.payload.text).toBe(RU("button-expired"));
    await t.send(ASK.crash, RU_READER);
    expect(lastText(t)).toBe(RU("apology"));
    for (let i = 0; i < 3; i++) await t.send(RU_ASK.answered, RU_READER);
    expect(lastText(t)).toBe(RU("slow-down"));
  });

  it("apologises in the language the person picked", async () => {
    const t = ruBot();
    await t.send("/language ru", EN_READER);
    await t.send(ASK.crash, EN_READER);
    expect(lastText(t)).toBe(RU("apology"));
  });

  it("in a group: a Cyrillic question addressed to the bot is answered in Russian, in a reply", async () => {
    const t = ruBot();
    const asked = await t.send(`@StoryQaBot ${RU_ASK.putinQuotes}`, GROUP, {
      entities: [{ type: "mention", offset: 0, length: 11 }],
    });
    const reply = t.api.lastReply();
    expect(visibleText(reply)).toContain("Что сказал Владимир Путин");
    expect(reply.payload.reply_parameters.message_id).toBe(asked.message_id);
  });

  it("keeps English readers' replies English", async () => {
    const t = ruBot();
    await t.send(ASK.answered, PRIVATE);
    expect(lastText(t)).not.toContain("Перевод");
    expect(lastText(t)).toContain("as reported · paragraph 1");
  });
});

describe("inline mode in Russian", () => {
  let updateId = 90_000;
  async function inline(t: ReturnType<typeof createTestBot>, where: LocalChat, query: string) {
    t.api.clear();
    await t.bot.handleUpdate(inlineQueryUpdate(updateId++, where.user, where.chat, query));
    return t.api.of("answerInlineQuery")[0]!.payload;
  }

  it("offers Russian cards for a Cyrillic query, cached for everybody", async () => {
    const t = ruBot();
    const payload = await inline(t, EN_READER, RU_ASK.answered);
    expect(payload.is_personal).toBe(false);
    const [first] = payload.results;
    expect(first.title).toBe(RU_ASK.answered);
    expect(first.input_message_content.message_text).toContain("<i>Перевод: Президент России");
    expect(first.reply_markup.inline_keyboard[0][0].text).toBe("Спросить @StoryQaBot ещё ↗");
    expect(payload.button.text).toBe(RU("inline-ask-private"));
    for (const r of payload.results)
      expect(parseTelegramHtml(r.input_message_content.message_text).problems).toEqual([]);
  });

  it("offers the Russian summary and questions to a Russian client's empty query, personal to them", async () => {
    const t = ruBot();
    const payload = await inline(t, RU_READER, "");
    expect(payload.is_personal).toBe(true);
    expect(payload.results[0].title).toBe("Кратко о статье");
    expect(payload.results[0].description).toContain("Путин призывает");
    expect(payload.results[1].title).toBe(RU_ASK.answered);
  });
});

describe("the /check card in Russian", () => {
  /** A verdict as the checker gives it (built by hand: the checker itself is tested in its own folder). */
  const verdictOn = (claim: string, verdict: string): Parameters<typeof claimCard>[0] => {
    const text = "Russian President Vladimir Putin called for an immediate ceasefire & a return to talks.";
    return {
      verdict: verdict as never,
      claim,
      statement: claim,
      claimedSpeaker: null,
      quotedByUser: false,
      span: verdict === "cannot-judge" ? null : { paragraph: 1, start: 0, end: text.length, text },
      exact: null,
      sources: [
        { speakerId: "putin", speaker: "Vladimir Putin", role: "Russian President", voice: "reported" },
      ],
      voice: verdict === "cannot-judge" ? null : "reported",
      changes: [],
      unbacked: [],
      translation: null,
      similarity: { containment: 1, coverage: 1 },
    };
  };

  it("shows the article's English wording and says a translated sentence is compared by meaning", () => {
    const card = claimCard(
      verdictOn("Путин призвал к прекращению огня", "paraphrase"),
      bilingualKb(),
      textsIn("ru"),
    );
    const text = parseTelegramHtml(card.blocks.join("\n\n")).text;
    expect(text).toMatch(/^🟡 В статье это есть, но другими словами\n“Путин призвал к прекращению огня”/);
    expect(text).toContain("Как сказано в статье:\nRussian President Vladimir Putin called for");
    expect(card.blocks.at(-1)).toBe(`<i>${RU("check-translated")}</i>`);
  });

  it("gives no verdict on a sentence the checker cannot read, and says what to do instead", () => {
    const card = claimCard(
      verdictOn("Путин призвал к прекращению огня", "cannot-judge"),
      bilingualKb(),
      textsIn("ru"),
    );
    const text = parseTelegramHtml(card.blocks.join("\n\n")).text;
    expect(text).toContain(RU("verdict-cannot-judge"));
    expect(text).toContain(RU("check-cannot-judge"));
    expect(text).not.toContain(RU("verdict-not-in-article"));
    expect(text).not.toContain(RU("check-translated"));
  });
});
