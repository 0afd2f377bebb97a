// /stats: the curation report's summary, for the operators in ADMIN_IDS, in a private chat (the report holds
// other people's questions). For anyone else, or in a group, the command does not exist: it falls through to
// what an unknown command gets, so nothing reveals it.
import { Composer } from "grammy";
import type { Curation, ReportDetails } from "../../curation/index.js";
import type { BotContext } from "../context.js";
import type { Texts } from "../i18n.js";
import { textsFor } from "../i18n.js";
import { bold, escapeHtml } from "../render/html.js";

export interface StatsDeps {
  curation?: Curation;
  /** Telegram user ids allowed to see /stats (ADMIN_IDS). */
  adminIds?: readonly number[];
}

/** The days /stats covers, as `npm run report` by default. */
export const STATS_DAYS = 7;
const STATS_ENTRIES = 5;
const STATS_FAILED = 5;

export function createStatsFeature(deps: StatsDeps): Composer<BotContext> {
  const admins = new Set(deps.adminIds ?? []);
  const feature = new Composer<BotContext>();
  feature.command("stats", async (ctx, next) => {
    const { curation } = deps;
    if (!curation || ctx.chat.type !== "private" || !admins.has(ctx.from?.id ?? Number.NaN)) return next();
    const details = await curation.report(STATS_DAYS);
    await ctx.reply(renderStats(details, await textsFor(ctx)), {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    });
  });
  return feature;
}

const share = (n: number, of: number) => (of === 0 ? "0%" : `${Math.round((100 * n) / of)}%`);

/** The report's summary as a Telegram message (HTML), in the operator's language. */
export function renderStats({ report: r, askedByEntry }: ReportDetails, { t }: Texts): string {
  const languages = Object.entries(r.byLanguage)
    .sort((a, b) => b[1] - a[1])
    .map(([lang, n]) => `${lang} ${n}`)
    .join(" · ");
  const lines = [
    bold(t("stats-title", { days: r.days })),
    t("stats-questions", {
      asked: r.asked,
      answered: share(r.answered, r.asked),
      didYouMean: share(r.didYouMean, r.asked),
      doesntSay: share(r.doesntSay, r.asked),
      refused: share(r.refused, r.asked),
    }),
    t("stats-languages", { languages: languages || "—" }),
  ];
  if (r.feedback.length > 0) {
    lines.push("", bold(t("stats-most-asked")));
    for (const f of r.feedback.slice(0, STATS_ENTRIES)) {
      const asked = askedByEntry.get(f.entry) ?? 0;
      lines.push(t("stats-entry", { html_entry: escapeHtml(f.entry), asked, up: f.up, down: f.down }));
    }
  }
  if (r.failed.length > 0) {
    lines.push("", bold(t("stats-failed")));
    for (const g of r.failed.slice(0, STATS_FAILED)) {
      const question = escapeHtml(g.question);
      lines.push(
        t("stats-failed-group", {
          count: g.count,
          html_question: question,
          html_action: escapeHtml(g.action),
        }),
      );
    }
  }
  lines.push("", t("stats-full-report"));
  return lines.join("\n");
}
