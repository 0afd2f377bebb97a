// The reading of one question as a whole: the routed text analysed, then in turn the refusals the question's
// shape decides (own advice, a forecast, a Russian errand or failure of another party), the intents (places,
// summary, quotes) and else the ranked entries and a calibrated decision, answered in the reply's language.
// A message's pieces, sides and rambles (message-reading.ts) are each read here as a question of their own.

import { wantedAnswerType } from "./answer-type.js";
import { blameTargetFirst } from "./blame-target.js";
import { isCommonEnglish } from "./common-english.js";
import { countEntryOnlyIfCounted } from "./count-asked.js";
import { decide } from "./decide.js";
import { withoutLeadingVerdict } from "./either-or.js";
import { createEntryReply } from "./entry-reply.js";
import { asksForecast } from "./future-outcome.js";
import { detectIntent } from "./intents.js";
import type { Analysis } from "./lexicon.js";
import { entryOfParagraph, namedParagraph } from "./named-paragraph.js";
import { asksOwnAdvice } from "./own-advice.js";
import { leadSentence, paragraphAsked } from "./paragraph-asked.js";
import { asksPlacesNamed } from "./places-named.js";
import { quotedTopicFirst } from "./quoted-topic.js";
import type { Ranked } from "./ranker.js";
import { questionAsRead } from "./readers.js";
import { withinBudget } from "./replies.js";
import { nonMemberAsked } from "./role-and-membership.js";
import type { Reader, ReadingParts, Routed } from "./routing.js";
import { asksRussianForecast } from "./russian/forecast.js";
import { russianNonMemberAsked } from "./russian/membership.js";
import { russianParagraphAsked } from "./russian/paragraph-position.js";
import { asksPracticalRequest } from "./russian/practical-request.js";
import { asksOfQuotedWork } from "./russian/quoted-work.js";
import { asksOthersFailure } from "./russian/whose-failure.js";
import { speakerStanceFirst } from "./speaker-stance.js";
import { spokenPartyFirst } from "./spoken-party.js";
import { summarySizeAsked } from "./summary-size.js";
import { ENGINE_TEXTS } from "./texts.js";
import { wantsTrivia } from "./trivia.js";
import type { Answer, Lang, SummarySize } from "./types.js";
import { asksMostlyUnknown } from "./unknown-topic.js";
import { asksUnmentionedAction } from "./unmentioned-action.js";
import { asksUnmentionedDocument } from "./unmentioned-document.js";
import { REASON_MARGIN, reasonFirst } from "./why-reason.js";
import { createWrongPartyReading } from "./wrong-party-reading.js";

/** The article named alone ("the article", "this story", "the whole news piece"), nothing asked of it. */
const THE_TEXT_ALONE =
  /^(?:(?:the|this|that)\s+)?(?:whole\s+)?(?:news\s+)?(?:article|story|piece|text|report|news)$/i;

export interface WholeQuestion {
  /** A question read whole: routed (to the Russian reader when `inRussian`), then answered. */
  answerWhole(question: string, lang?: Lang, inRussian?: boolean): Answer;
  /** A question already routed, answered whole. */
  answerRouted(routed: Routed, lang?: Lang): Answer;
}

export function createWholeQuestion({ kb, tuning, readers, replies, original }: ReadingParts): WholeQuestion {
  const quotedSpeakers = new Set(kb.speakers.filter((s) => s.quoted).map((s) => s.id));

  /** The reply's language: the question's, unless it is only names and numbers ("putin"): then the reader's. */
  const replyLang = (reader: Reader, analysis: Analysis, lang: Lang | undefined): Lang => {
    if (reader.lang !== "en") return reader.lang;
    const wanted = replies.usable(lang);
    if (wanted === "en") return "en";
    const saysEnglish = analysis.tokens.some(
      (t) => t.role !== "content" || t.surface.split(" ").some((w) => isCommonEnglish(w)),
    );
    return saysEnglish ? "en" : wanted;
  };

  /** Outside the article whatever story words it holds: the refusal in `out`, with the story's popular questions. */
  const outOfScope = (out: Lang): Answer =>
    replies.noAnswer(
      out,
      "out-of-scope",
      replies.textsOf(out).outOfScope(replies.oneLine(out)),
      replies.popular(3, out),
    );

  /** The size a summary request states, when the message without it asks for the summary; else null. */
  const sizedSummaryAsked = (text: string, reader: Reader): SummarySize | null => {
    const asked = summarySizeAsked(text);
    if (asked === null || asked.rest === "") return null;
    // "the article in two lines max": the text itself named beside its size is the summary asked in that size.
    if (THE_TEXT_ALONE.test(asked.rest)) return asked.size;
    const rest = reader.lexicon.analyse(questionAsRead(asked.rest, reader.lang));
    const intent = detectIntent(rest, rest.words, quotedSpeakers, reader.intentWords);
    return intent?.kind === "summary" ? asked.size : null;
  };

  const answerWhole = (question: string, lang?: Lang, inRussian = false): Answer =>
    answerRouted(readers.route(question, inRussian), lang);
  // "is it true putin pinned the violence on iran": the fact's entry, read without the wrong party (wrong-party.ts).
  const wrongPartyReading = createWrongPartyReading(
    (routed, lang) => answerRouted(routed, lang),
    new Set(kb.speakers.filter((s) => !s.quoted && s.person === true).map((s) => s.id)),
  );
  // The card of an answered question, shaped to what was asked (entry-reply.ts).
  const entryReply = createEntryReply({ kb, replies, original }, wrongPartyReading);

  // "is turkey in the quartet": the members' card, and No to the party asked, in the answer's language
  // (role-and-membership.ts, russian/membership.ts); the wrong-party reading's card too, which drops its own verdict.
  const answerRouted = (routed: Routed, lang?: Lang): Answer => {
    const found = answerAsRouted(routed, lang);
    const { reader, text } = routed;
    if (!found.answered || found.kind !== "entry") return found;
    if (!(reader.lang === "en" ? nonMemberAsked(text) : reader.lang === "ru" && russianNonMemberAsked(text)))
      return found;
    const no = ENGINE_TEXTS[/\p{Script=Cyrillic}/u.test(found.answer) ? "ru" : "en"].no;
    return { ...found, answer: `${no} ${withoutLeadingVerdict(found.answer)}` };
  };

  const answerAsRouted = ({ reader, text }: Routed, lang?: Lang): Answer => {
    const analysis = reader.lexicon.analyse(questionAsRead(text, reader.lang));
    const out = replyLang(reader, analysis, lang);
    const t = replies.textsOf(out);
    if (analysis.tokens.length === 0) return replies.noAnswer(out, "empty", t.empty, replies.popular(3, out));
    // "How does the article open?": what that paragraph's lead sentence finds (paragraph-asked.ts).
    const part = reader.lang === "en" ? paragraphAsked(analysis.words, kb.article.paragraphs.length) : null;
    if (part !== null) return answerWhole(leadSentence(kb.article, part), lang);
    // «какая главная мысль последнего абзаца»: the same, in Russian (russian/paragraph-position.ts).
    const partRu = reader.lang === "ru" ? russianParagraphAsked(text, kb.article.paragraphs.length) : null;
    const lead = partRu === null ? null : answerWhole(leadSentence(kb.article, partRu), "en");
    if (lead?.answered && lead.entry)
      return withinBudget(replies.entryAnswer(lead.entry, lead.confidence, out));
    // Advice for the asker's own life: a word the story shares ("negotiate", "stop") does not make it the story's.
    if (reader.lang === "en" && asksOwnAdvice(analysis.words, analysis.speakers)) return outOfScope(out);
    // An action the article never reports, asked of a Russian party ("did the kremlin send aid?"): unmentioned-action.ts.
    if (reader.lang === "en" && asksUnmentionedAction(text)) return outOfScope(out);
    // A document or a vote the article never mentions ("what does hamas's charter say"): unmentioned-document.ts.
    if (reader.lang === "en" && asksUnmentionedDocument(text)) return outOfScope(out);
    // How the story's events will turn out: the article reports what was said (future-outcome.ts).
    if ((reader.lang === "en" && asksForecast(text)) || (reader.lang === "ru" && asksRussianForecast(text)))
      return {
        ...replies.noAnswer(out, "out-of-scope", t.forecast(replies.oneLine(out)), replies.popular(3, out)),
        refusedAs: "forecast",
      };
    // Not the article's, whatever story words it holds: a failure put on another party than the US ("Почему
    // обанкротилась Турция?", russian/whose-failure.ts); an errand of the asker's own (russian/practical-request.ts).
    if (
      reader.lang === "ru" &&
      (asksOthersFailure(analysis.content, analysis.unknownNames, analysis.tokens) ||
        asksPracticalRequest(text))
    )
      return outOfScope(out);
    if (asksPlacesNamed(analysis)) return withinBudget(replies.placesNamed(out));
    // "the gist in two lines max": the summary in the size stated, read on the request without its size.
    const sized = reader.lang === "en" ? sizedSummaryAsked(text, reader) : null;
    if (sized !== null) return replies.summary(out, sized);
    const intent = detectIntent(analysis, analysis.words, quotedSpeakers, reader.intentWords);
    if (intent?.kind === "summary") return replies.summary(out);
    // "Кто написал «Войну и мир»?": a book, film or song, whatever words of the story its title holds.
    if (reader.lang === "ru" && asksOfQuotedWork(text)) return outOfScope(out);
    if (intent?.kind === "quotes") {
      const [only, ...more] = intent.speakerIds;
      if (only === undefined || more.length === 0) return withinBudget(replies.quotesBy(only ?? null, out));
      return withinBudget(replies.quotesOfSeveral(intent.speakerIds, out));
    }

    // «путин хамас израиль что сказал»: the voice's words naming the party it spoke of (spoken-party.ts).
    const spokenFirst = (a: Analysis, ranked: Ranked[], margin: number) => {
      const stance = speakerStanceFirst(a, ranked, margin);
      return reader.lang === "ru" ? spokenPartyFirst(a, stance, reader.ranker, margin) : stance;
    };
    // A why/how question wants the reason, not a yes/no card (why-reason.ts).
    // Whom a speaker blames, asked with a guess ("did putin blame erdogan?"): that speaker's blame entry (blame-target.ts).
    const ranked = blameTargetFirst(
      analysis,
      reasonFirst(
        analysis,
        quotedTopicFirst(
          analysis,
          spokenFirst(
            analysis,
            reader.mentions.prefer(analysis, reader.ranker.rank(analysis), tuning.sureAt),
            REASON_MARGIN,
          ),
          REASON_MARGIN,
        ),
        REASON_MARGIN,
      ),
      (q) => reader.lexicon.analyse(q).content.includes("=blame"),
    );
    // "How are civilians being hurt?" asks no number: not the figures-not-given entry (count-asked.ts).
    const decided = decide(countEntryOnlyIfCounted(analysis, ranked, REASON_MARGIN), analysis, tuning);
    // "weather in tel aviv tomorrow": an encyclopedia's or a weather app's fact of a place is refused, not "which
    // of these entries naming the place?" (trivia.ts).
    // "who won the last world cup": mostly words the article never uses, one plain one it does (unknown-topic.ts);
    // a figure or a date asked of the story's call ("скока длился звонок") keeps "did you mean…?" beside it. English
    // only: a Russian word the lexicon does not know is often an inflection or a plain word of a story question
    // («в чём был главный посыл разговора» after the call: the dialogue layer reads an unsure one in context).
    // Read only where the engine is unsure: every answered question skips it.
    const offArticle = () =>
      reader.lang === "en" &&
      (wantsTrivia(analysis.words) ||
        (asksMostlyUnknown(analysis) && wantedAnswerType(analysis.words, reader.lang) === null));
    const decision =
      decided.kind === "ambiguous" && offArticle() ? { ...decided, kind: "refuse" as const } : decided;
    if (decision.kind !== "answer") {
      const corrected = wrongPartyReading({ reader, text }, analysis, lang, null);
      if (corrected) return corrected;
    }
    switch (decision.kind) {
      case "answer":
        return entryReply(decision, { routed: { reader, text }, analysis, out, lang });
      case "ambiguous": {
        // A part of the article named ("the last paragraph", "the conclusion"): the near entry quoting it.
        const paragraph = namedParagraph(analysis.words, kb.article.paragraphs.length);
        const chosen =
          paragraph === null ? null : entryOfParagraph(decision.candidates.map(original), paragraph);
        if (chosen) return withinBudget(replies.entryAnswer(chosen, decision.confidence, out));
        return replies.noAnswer(
          out,
          "ambiguous",
          t.ambiguous,
          decision.candidates.map((e) => replies.suggestion(original(e), out)),
          decision.confidence,
        );
      }
      case "refuse": {
        const near = decision.candidates.map((e) => replies.suggestion(original(e), out));
        return replies.noAnswer(
          out,
          "out-of-scope",
          t.outOfScope(replies.oneLine(out)),
          near.length > 0 ? near : replies.popular(3, out),
          decision.confidence,
        );
      }
    }
  };

  return { answerWhole, answerRouted };
}
