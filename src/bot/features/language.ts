// /language: the reply language, picked with a button (or `/language ru`) and remembered in the session. A
// question's own script still wins: a Russian question gets a Russian answer whatever was picked.
import { Composer } from "grammy";
import type { Lang } from "../../answering/types.js";
import type { BotContext } from "../context.js";
import { LANGUAGES, textsFor, textsIn } from "../i18n.js";
import { languageKeyboard, pressedButton } from "../keyboards/index.js";
import type { Card } from "../render/card.js";
import { escapeHtml } from "../render/html.js";
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

async function switchTo(ctx: BotContext, lang: Lang): Promise<void> {
  await rememberLanguage(ctx, lang);
  ctx.i18n.useLocale(lang);
}

export function createLanguageFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();

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
