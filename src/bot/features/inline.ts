// Inline mode: "@bot who did putin call" in any chat offers answer cards to send there (render/inline.ts).
// Enable it with @BotFather (/setinline); the terminal chat runs it as "@inline <query>".
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { languageOfScript, textsFor } from "../i18n.js";
import { encodeStartPayload } from "../keyboards/deep-link.js";
import type { RenderDeps } from "../render/card.js";
import { INLINE_CACHE_SECONDS, inlineResults } from "../render/inline.js";

export function createInlineFeature(deps: RenderDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on("inline_query", async (ctx) => {
    const query = ctx.inlineQuery.query;
    const texts = await textsFor(ctx);
    await ctx.answerInlineQuery(inlineResults(query, deps, ctx.me.username, texts.lang), {
      cache_time: INLINE_CACHE_SECONDS,
      // A query in Cyrillic decides its language, so one cached answer serves everybody; any other is answered
      // in the asker's language, which Telegram must not serve to someone else from its cache.
      is_personal: languageOfScript(query) === null,
      button: { text: texts.t("inline-ask-private"), start_parameter: encodeStartPayload({ kind: "check" }) },
    });
  });
  return feature;
}
