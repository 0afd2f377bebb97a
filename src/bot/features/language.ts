// /language: the reply language, picked with a button (or `/language ru`) and remembered in the session. A
// question's own script still wins: a Russian question gets a Russian answer whatever was picked.
import { Composer } from "grammy";
import type { Lang } from "../../answering/types.js";
import type { Logger } from "../../logger.js";
import type { BotContext } from "../context.js";
import { LANGUAGES, textsFor, textsIn } from "../i18n.js";
import { languageKeyboard, pressedButton } from "../keyboards/index.js";
import type { Card } from "../render/card.js";
import { escapeHtml } from "../render/html.js";
import { commandMenu } from "../render/texts.js";
import { editCard, sendCard } from "../reply.js";
import { rememberLanguage } from "../session.js";
import { answerExpiredButton } from "./unhandled.js";

/** What people type after /language: the code, the English name or the name in the language itself. */
const NAMES: Record<Lang, string[]> = {
  en: ["en", "english", "английский", "англ"],
  ru: ["ru", "russian", "русский", "рус"],
};

function languageNamed(name: string): Lang | null {
  const n = name.trim().toLowerCase();
  return LANGUAGES.find(({ code }) => NAMES[code]?.includes(n))?.code ?? null;
}

/** The confirmation, in the language just picked, with the picker still under it. */
function chosenCard(lang: Lang): Card {
  return { blocks: [textsIn(lang).t("language-chosen")], keyboard: languageKeyboard(lang) };
}

export function createLanguageFeature(logger: Logger): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  const switchTo = async (ctx: BotContext, lang: Lang): Promise<void> => {
    await rememberLanguage(ctx, lang);
    ctx.i18n.useLocale(lang);
    // In a private chat the command menu follows too (in a group it is everybody's, so it stays as it is).
    if (ctx.chat?.type !== "private") return;
    try {
      await ctx.api.setMyCommands(commandMenu(textsIn(lang)), {
        scope: { type: "chat", chat_id: ctx.chat.id },
      });
    } catch (error) {
      logger.warn(
        { err: error, language: lang },
        "could not set the chat's command menu; keeping the default",
      );
    }
  };

  feature.command("language", async (ctx) => {
    const asked = ctx.match.trim();
    const named = asked === "" ? null : languageNamed(asked);
    if (named) {
      await switchTo(ctx, named);
      await sendCard(ctx, chosenCard(named));
      return;
    }
    const texts = await textsFor(ctx);
    const prompt =
      asked === ""
        ? texts.t("language-choose")
        : texts.t("language-unknown", { html_name: escapeHtml(asked) });
    await sendCard(ctx, { blocks: [prompt], keyboard: languageKeyboard(texts.lang) });
  });

  feature.on("callback_query:data", async (ctx, next) => {
    const pressed = pressedButton(ctx.callbackQuery.data, "language");
    if (!pressed) return next();
    const lang = LANGUAGES.find((l) => l.code === pressed.lang)?.code;
    if (!lang) {
      await answerExpiredButton(ctx);
      return;
    }
    await switchTo(ctx, lang);
    await ctx.answerCallbackQuery();
    await editCard(ctx, chosenCard(lang));
  });
  return feature;
}
