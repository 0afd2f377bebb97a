// Inline mode: "@bot who did putin call" in any chat offers answer cards to send there (render/inline.ts).
// Enable it with @BotFather (/setinline); the terminal chat runs it as "@inline <query>".
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { encodeStartPayload } from "../keyboards/deep-link.js";
import type { RenderDeps } from "../render/card.js";
import { INLINE_CACHE_SECONDS, inlineResults } from "../render/inline.js";

export function createInlineFeature(deps: RenderDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on("inline_query", async (ctx) => {
    await ctx.answerInlineQuery(inlineResults(ctx.inlineQuery.query, deps, ctx.me.username), {
      cache_time: INLINE_CACHE_SECONDS,
      // The cards depend on the query alone, not on who asks: one cached answer serves everybody.
      is_personal: false,
      button: { text: "💬 Ask me in a private chat", start_parameter: encodeStartPayload({ kind: "check" }) },
    });
  });
  return feature;
}
