import { withoutEndMarks } from "../lib/fold-question.js";
import { lean } from "../lib/lean-regexp.js";
import type { AskedOfLast } from "./asked-of-last.js";
import { answerReply } from "./dialogue-kit.js";
import { onLastEvidence } from "./on-last-evidence.js";
import { withoutOwnVerdict } from "./own-verdict.js";
import type { DialogueTurn } from "./types.js";

const VENUE_EN =
  "(?:tv|television|telly|(?:a |an |the |some )?(?:speech|interview|press conference|presser|briefing|summit|rally|meeting|address|statement|broadcast|podcast|radio|news|call|phone call|phone)|the phone|air|twitter|telegram|social media|public|the un)";
const TAIL_EN = "(?: (?:or (?:what|something|smth|sth|not|where|how)|or (?:on|in|at) [\\p{L} ]{1,20}))?";
const OCCASION_EN = lean(
  new RegExp(
    `^(?:(?:and|so|but|ok|okay|wait|well|hm+|hmm)[, ]+)*(?:(?:did|does|has|had) \\p{L}+ (?:say|said|tell|told|announce|state|declare|mention|make|post) (?:that|this|it|so|those words|these words)|(?:was|is) (?:that|this|it)(?: (?:said|announced|stated|posted))?) (?:on|in|at|during|via|over|through) (${VENUE_EN})${TAIL_EN}$|^(?:(?:and|so|but|ok|okay|wait|well)[, ]+)*(where|how) (?:did|does|was|has) (?:\\p{L}+ )?(?:say|said|tell|told|announce|state|make) (?:that|this|it|those words|these words)(?: exactly)?$`,
    "u",
  ),
);
const VENUE_RU =
  "(?:телевизору|телевизоре|тв|телеку|интервью|речи|выступлении|пресс-конференции|брифинге|саммите|эфире|телеграме|телеграмме|твиттере|соцсетях|заявлении|обращении|телефону|звонке|разговоре|оон)";
const VERB_RU = "(?:сказал|заявил|говорил|сообщил|произнес)\\p{L}*";
const OCCASION_RU = lean(
  new RegExp(
    `^(?:(?:а|и|так|ну)[, ]+)*(?:\\p{L}+ )?(?:(?:это|так|такое|об этом) )?(?:(?:по|в|на|во) (${VENUE_RU}) ${VERB_RU}|${VERB_RU} (?:(?:это|так|такое|об этом) )?(?:по|в|на|во) (${VENUE_RU})|было (?:сказано )?(?:по|в|на|во) (${VENUE_RU}))(?:,? или (?:как|что|где|нет))?$|^(?:(?:а|и|так|ну)[, ]+)*(где) (?:\\p{L}+ )?(?:это|так|такое) ${VERB_RU}$`,
    "u",
  ),
);
/** The call as the occasion, asked or in the evidence. */
const CALL = /(?<!\p{L})(?:call|phone|звон\p{L}*|телефон\p{L}*|разговор\p{L}*)(?!\p{L})/u;

/** The occasion asked ("tv", "where", «интервью»), or null when the message asks no occasion of the words. */
export function occasionAsked(folded: string, ru: boolean): string | null {
  const text = withoutEndMarks(folded).trim();
  if (text.length > 90) return null;
  const m = (ru ? OCCASION_RU : OCCASION_EN).exec(text);
  return m ? (m.slice(1).find((g) => g !== undefined) ?? null) : null;
}

export function saidOccasionTurn(ask: AskedOfLast): DialogueTurn | null {
  const { context, folded, ru } = ask;
  if (context.refused) return null;
  const venue = occasionAsked(folded, ru);
  if (!venue) return null;
  const asked = ask.lang;
  const last = ask.last();
  if (!last || last.quotes.length === 0) return null;
  const said = [last.answer, ...last.quotes.map((q) => q.text)].join(" ").toLowerCase();
  const inCall = CALL.test(said);
  const callAsked = CALL.test(venue);
  const where = venue === "where" || venue === "how" || venue === "где";
  const line = inCall
    ? ru
      ? "Статья приводит эти слова из телефонного разговора Путина с Эрдоганом; другого повода она не называет."
      : "The article gives these words from Putin's phone call with Erdogan; it names no other occasion."
    : ru
      ? "Где и как это было сказано, в статье не говорится."
      : "The article doesn't say where or how this was said.";
  const what = ru ? "где это было сказано" : "where it was said";
  const reply =
    where && inCall
      ? answerReply(
          { ...last, answer: `${line} ${withoutOwnVerdict(last.answer)}` },
          { understood: `${context.question} — ${what}`, followUp: "topic-switch", asked: context.question },
        )
      : onLastEvidence(last, context.question, what, line, inCall && callAsked ? "yes" : "not-said");
  return { lang: asked, replies: [reply], context: { ...context, verdict: reply.verdict ?? null } };
}
