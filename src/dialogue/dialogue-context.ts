// The chat's context: what a reply leaves to be followed up on, and a question with pronouns read against it.

import type { Answer, Lang } from "../answering/types.js";
import { RecentCache } from "../lib/recent-cache.js";
import { BUTTONS_SHOWN, type DialogueKit } from "./dialogue-kit.js";
import { stripSpans } from "./follow-up.js";
import { groupOfPartyAsked } from "./group-of-party.js";
import { type DialogueWords, fold } from "./language.js";
import { aboutItRu } from "./place-pronoun.js";
import { resolvePronouns, resolveTopic } from "./pronoun-reading.js";
import { bareFollowUpRefused } from "./refused-follow-up.js";
import { vocabularyOf } from "./rescue.js";
import { shortNamesOf } from "./short-names.js";
import { storyTermsOf } from "./story-terms.js";
import { asksArticleTopic } from "./topic-denied.js";
import type { DialogueContext, YesNo } from "./types.js";

/** "is it true that …", "is it right to say …": a frame whose "it" points at nothing in the chat. */
const IS_IT_TRUE =
  /^((?:(?:and|so|but|ok|okay|wait)[, ]+)?is it (?:really )?(?:true|right|correct|accurate|a fact)(?: to say)?(?: that)? )(.+)$/;

/** The next context remembers the reply's yes/no line: "And China?" after a yes reads against it. */

/** Words of being for or against something, never the topic the stance is on. */
const STANCE_WORDS: ReadonlySet<string> = new Set([
  "against",
  "oppose",
  "opposes",
  "opposed",
  "opposing",
  "support",
  "supports",
  "supported",
  "supporting",
  "favour",
  "favor",
  "favours",
  "favors",
  // Russian (the lead, session 43): «путин за палестинское государство?» is now read as «путин поддерживает …»
  // (stance-for.ts), whose verb had become part of the topic («в вопросе поддерживает палестинское государство»).
  "против",
  "поддерживает",
  "поддерживают",
  "поддержал",
  "поддержала",
  "поддержали",
  "поддерживал",
  "поддерживала",
  "поддерживали",
  "выступает",
  "выступают",
]);
export const withVerdict = (next: DialogueContext | null, verdict: YesNo | null): DialogueContext | null =>
  next ? { ...next, verdict } : null;

/** A context with nothing to follow up on but what a refusal leaves (its question, topic and entry gone). */
const noQuestion = { entryId: null, question: "", speakerId: null, otherPersonId: null, topic: "" } as const;

export type ContextReading = ReturnType<typeof createContextReading>;

/** Closures over the kit: reading a pronoun asks the engine through the per-message cache. */
export function createContextReading(kit: DialogueKit) {
  const { kb, speakers, findAnswer } = kit;
  // The people an answer's text names, by the text: answers come from the knowledge base, so a few hundred
  // texts recur, and folding one (a paragraph) at every answer cost more than finding the names in it.
  const namedInAnswer = new RecentCache<string, ReturnType<typeof speakers.namedIn>>(256);

  /** The speaker a question is about: named in it, else the answer's first reported speaker. */
  const speakerOf = (folded: string, answer: Answer): string | null => {
    const all = speakers.namedIn(folded);
    // "did Erdogan and Putin talk…": of two people named, the one whose words the answer reports.
    const reported =
      answer.speaker?.id ?? answer.quotes.find((q) => q.voice === "reported")?.speakerId ?? null;
    if (all.length > 1 && reported && all.some((n) => n.id === reported)) return reported;
    const named = all[0]?.id;
    if (named) return named;
    if (answer.speaker) return answer.speaker.id;
    if (answer.kind !== "entry" || answer.entry?.kind !== "answer") return null;
    return answer.quotes.find((q) => q.voice === "reported")?.speakerId ?? null;
  };

  // A stance is asked of the topic, not part of it: after "is putin against a palestinian state?", "does he support
  // it?" asks of the state (read with "against" kept, it was a false No).
  // Only words the knowledge base knows carry a topic on: "wat" (a slip of "what") does not.
  const vocabulary = vocabularyOf(kb);
  // The vocabulary keeps words of three letters and more; "the UN", "the EU" are topics too ("what role does it
  // play?" after "does the article mention the UN?" had no topic to read "it" as).
  const shortNames = shortNamesOf(kb.synonyms);
  // The story's one-word terms ("ceasefire", "truce", "quartet"): what an unplaced question is about (story-terms.ts).
  const terms = storyTermsOf(kb);
  // "whats the quartett" → "who's in it?": a slip of a known word is the word the engine read (dialog49, d113-04#2;
  // dropped as unknown, the topic was empty and "it" was read as nothing).
  const respelledTopicWord = (folded: string): ((w: string) => string) => {
    const slips = folded.split(" ").filter((w) => w.length >= 5 && !vocabulary.has(w) && /^[a-z]+$/.test(w));
    const lexicon = slips.length > 0 ? (kit.engine.lexicon?.("en") ?? null) : null;
    if (!lexicon) return (w) => w;
    const fixes = new Map<string, string>();
    for (const { word, from } of lexicon.typoFixes(slips.join(" ")))
      if (from !== undefined && vocabulary.has(word)) fixes.set(from, word);
    return (w) => fixes.get(w) ?? w;
  };
  // Respelled before the names are taken out: "russian foriegn ministry" is a voice, not the topic "foreign".
  const respelledTopic = (folded: string): string => {
    const fix = respelledTopicWord(folded);
    return folded.split(" ").map(fix).join(" ");
  };
  const topicOf = (folded: string, words: DialogueWords): string =>
    ((text) => stripSpans(text, speakers.namedIn(text)))(respelledTopic(folded))
      .split(" ")
      .flatMap((w) => shortNames.get(w)?.split(" ") ?? [w])
      .filter(
        (w) =>
          w !== "" &&
          !words.frameWords.has(w) &&
          !STANCE_WORDS.has(w) &&
          (vocabulary.has(w) || w === "the" || /\p{Script=Cyrillic}/u.test(w)),
      )
      .join(" ")
      .replace(/(?<!\p{L})(?:the )+(?=the )/gu, "")
      .replace(/(?:^|\s)the$/, "")
      .replace(/^the$/, "");

  /** "did he mention a ceasefire?" after Peskov, answered with Putin's call and then Peskov's own words: "he" stays
   *  Peskov, so "what did he say then" next lists his words, not Putin's (d83-36). Only where the question names
   *  no one, keeps a person pronoun, and the answer quotes the previous speaker too. */
  const heKept = (
    folded: string,
    answer: Answer,
    words: DialogueWords,
    previous: DialogueContext | null,
  ): string | null => {
    const before = previous?.speakerId;
    if (!before || speakers.namedIn(folded).length > 0) return null;
    if (folded.search(words.personPronouns) < 0) return null;
    const reported = answer.quotes.filter((q) => q.voice === "reported");
    return reported.some((q) => q.speakerId === before) && reported[0]?.speakerId !== before ? before : null;
  };

  const contextAfter = (
    question: string,
    answer: Answer,
    lang: Lang,
    now: number,
    words: DialogueWords,
    previous: DialogueContext | null,
  ): DialogueContext | null => {
    // A refusal or "did you mean…?" says nothing to follow up on: the chat keeps what it was about.
    if (!answer.answered && answer.reason !== "not-in-article") {
      // After "what's the weather in Moscow?" a "why?" must not answer the turn before it silently.
      const refused = answer.reason === "out-of-scope";
      const buttons = Math.min(BUTTONS_SHOWN, answer.suggestions.length);
      // "What's Putin's view on bitcoin?" refused: the topic is gone, the person stays (after-refusal.ts).
      const named = refused ? speakers.namedIn(fold(question)) : [];
      const person = named.length === 1 && named[0] && speakers.isPerson(named[0].id) ? named[0].id : null;
      // "…russia and the israel hamas war… are they picking a side" refused: "they" next is Russia.
      const group = named.length === 1 && named[0] && !person ? named[0].id : null;
      const kept = { refused, refusedPersonId: person, refusedGroupId: group, refusedAsked: fold(question) };
      // "since when lol" refused after an answer: a follow-up on it, the context stays live (refused-follow-up.ts).
      if (previous && refused && !previous.refused && bareFollowUpRefused(fold(question)))
        return { ...previous, at: now, buttons };
      if (previous) return { ...previous, at: now, buttons, ...kept };
      // "is this about ukraine?" — "No, it is about this: Putin voices concern…": the story's gist names its lead, so
      // "so is he mad at the americans?" next reads "he" as Putin, as after the summary (d57-24).
      const gistLead =
        refused && asksArticleTopic(fold(question), lang)
          ? namedInAnswer
              .getOrMake(answer.answer, () => speakers.namedIn(fold(answer.answer)))
              .find((n) => speakers.isPerson(n.id) && speakers.isQuoted(n.id))?.id
          : undefined;
      if (gistLead) return { ...noQuestion, lang, at: now, buttons, leadPersonId: gistLead };
      // "whens the truce supposed to start" — "not sure which" — "who even asked for one": with nothing earlier the
      // unplaced question is what the chat is about, its story terms the topic (and any one voice it names) read
      // next (d60-05). A question with no term of the story ("who won the champions league?") leaves nothing.
      const folded = fold(question);
      const termsOnly = topicOf(folded, words)
        .split(" ")
        .filter((w) => terms.has(w));
      // Likewise a refused forecast ("will the ceasefire happen soon?" — "who's calling for one?", dialog43b).
      if ((answer.reason === "ambiguous" || answer.refusedAs === "forecast") && termsOnly.length > 0) {
        const voices = speakers.namedIn(folded);
        return {
          ...noQuestion,
          question: folded,
          topic: termsOnly.join(" "),
          speakerId: voices.length === 1 ? (voices[0]?.id ?? null) : null,
          lang,
          at: now,
          buttons,
        };
      }
      return person || group ? { ...noQuestion, lang, at: now, buttons, ...kept } : null;
    }
    const folded = fold(question);
    const speakerId = heKept(folded, answer, words, previous) ?? speakerOf(folded, answer);
    const text = `${answer.title} ${answer.answer}`;
    const mentioned = namedInAnswer.getOrMake(text, () => speakers.namedIn(fold(text)));
    // "did he say anything about ordinary people dying?" after the summary: its lead, Putin (dialog-r2-30, d57-03#3);
    // so after "is this about syria? — No, it is about this: Putin…" ("is he angry with washington?", d57-24).
    const lead =
      speakerId === null && (answer.kind === "summary" || asksArticleTopic(folded, lang))
        ? mentioned.find((n) => speakers.isPerson(n.id) && speakers.isQuoted(n.id))?.id
        : undefined;
    return {
      entryId: answer.entry?.id ?? null,
      question: folded,
      speakerId,
      ...(lead ? { leadPersonId: lead } : {}),
      // "who did putin call" — "what did he push for?" — "did the other guy agree?": the same speaker's next answer
      // need not name the other person again; the one named before stays the other (dialog-r2-33b, d71-01).
      otherPersonId:
        mentioned.find((n) => n.id !== speakerId && n.id !== lead && speakers.isPerson(n.id))?.id ??
        (speakerId !== null && previous?.speakerId === speakerId && previous.otherPersonId !== speakerId
          ? (previous.otherPersonId ?? null)
          : null),
      topic: topicOf(folded, words),
      lang,
      at: now,
      buttons: Math.min(BUTTONS_SHOWN, answer.suggestions.length),
    };
  };

  /**
   * A question with pronouns read against the context: "he", "they" as the context's speaker, "that guy" as the
   * other person of the last answer, "it" as the last topic — unless the question names a speaker whose words
   * the plain reading finds and the topic reading loses ("what does the Foreign Ministry want to do about it?").
   */
  // "what group is it part of?" after Russia's role, read "what group is Moscow part of": in the plainer form the
  // engine answers with the Quartet (group-of-party.ts; dialog49, d114-14#2).
  const resolveInContext = (
    folded: string,
    context: DialogueContext | null,
    lang: Lang,
    words: DialogueWords,
  ): string | null => {
    const resolved = resolvedInContext(folded, context, lang, words);
    return resolved === null ? null : (groupOfPartyAsked(resolved) ?? resolved);
  };
  const resolvedInContext = (
    folded: string,
    context: DialogueContext | null,
    lang: Lang,
    words: DialogueWords,
  ): string | null => {
    // "is it true that he…": that "it" is the frame's, not the last topic; only the clause after it is read.
    const frame = IS_IT_TRUE.exec(folded);
    if (frame?.[1] && frame[2]) {
      const clause = resolveInContext(frame[2], context, lang, words);
      return clause ? `${frame[1]}${clause}` : null;
    }
    const personal = resolvePronouns(folded, context, words, speakers, words.lang);
    const base = personal ?? folded;
    const topical = resolveTopic(base, context, words, speakers);
    if (!topical) return personal;
    const named = new Set(speakers.namedIn(base).map((n) => n.id));
    if (named.size === 0) return topical;
    const quotesNamed = (a: Answer) =>
      (a.speaker !== null && named.has(a.speaker.id)) ||
      a.quotes.some((q) => q.voice === "reported" && named.has(q.speakerId));
    const plain = findAnswer(base, lang);
    // A bare listing of the person's words for «путин про него что-то сказал?» (read without the Quartet) is no
    // reading of «про него»: the topic reading stands (d60-40). A subject "it" ("what does the Kremlin say it is
    // doing?") keeps the plain reading.
    const listingOnly = plain.kind === "quotes" && aboutItRu(base, context?.topic ?? "") !== null;
    return quotesNamed(plain) && !listingOnly && !quotesNamed(findAnswer(topical, lang)) ? personal : topical;
  };

  return { contextAfter, resolveInContext };
}
