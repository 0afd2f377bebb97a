// "did the US back that?", "does Erdogan agree?", "а Израиль с этим согласен?", "ЕС одобряет позицию Кремля?": a
// yes/no on whether a party the article never quotes agrees with, supports or accepts something. The article
// reports the stances of its own voices only (Putin, Peskov, the Kremlin, the Foreign Ministry); nobody else's
// reaction is given, so the verdict is "doesn't say" — never the Yes of the entry about the thing agreed with
// (it was "Да" on Putin's call for talks), nor a No from the party's mention elsewhere (the US as the one blamed).
// The evidence is what the article does say of the thing: the last answer for "that/с этим", else the entry the
// object of the agreement finds. Russia and Moscow speak through the Kremlin in this article: not read here.
import type { Answer, Lang } from "../answering/types.js";
import { allFormsOf, type Parties, patternsPerTable, phrasePattern } from "../knowledge/parties.js";
import { foldQuestion } from "../lib/fold-question.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { withoutOwnVerdict } from "./own-verdict.js";

const MAX_CHARS = 200;
const AUX = "(?:does|do|did|has|have|had|is|are|was|were|will|would)";
const ADVERB = "(?:(?:also|even|really|actually|ever|at least|publicly|officially|too) )*";
/** Verbs and phrases of agreeing, supporting, accepting. */
const AGREE_EN =
  "(?:agree|agrees|agreed|support|supports|supported|back|backs|backed|endorse|endorses|endorsed|welcome|welcomes|welcomed|accept|accepts|accepted|approve|approves|approved|share|shares|shared|sign(?:s|ed)? off|go(?:es)? along|went along|side(?:s|d)? with|(?:on board|happy|glad|pleased|ok|okay|fine|satisfied|in favou?r|supportive|receptive)(?= |$))";
const ASKED_EN = new RegExp(
  `^(?:(?:and|so|but|ok|okay|well|then|wait)[, ]+)?${AUX} ((?:[\\p{L}.'-]+ ){0,3}?[\\p{L}.'-]+) ${ADVERB}${AGREE_EN}(?!\\p{L})(?: (?:of|with|on|to|about))?(.*)$`,
  "u",
);

const AGREE_RU =
  "(?:соглас(?:ен|на|но|ны|ился|илась|ились|ится|ятся|ил(?:ся|ась|ись))|поддерж\\p{L}*|одобр\\p{L}*|приветств\\p{L}*|при(?:нял[аи]?|нима(?:ет|ют)|мет|мут)|разделя\\p{L}*|не против|за это)";
const OBJECT_RU = "(?:(?:с |на )?(?:этим|это|его|ее|их|ним|ней|ними|этого|тем|него|нее) )?";
/** "а Израиль с этим согласен", "а израиль на это согласен", "Евросоюз одобряет позицию Кремля", "а Эрдоган его поддержал" */
const SUBJECT_FIRST_RU = new RegExp(
  `^(?:(?:а|и|но|ну|так)[, ]+)?((?:[\\p{L}-]+ )??[\\p{L}-]+) (?:(?:тоже|также|вообще|хоть|бы) )*${OBJECT_RU}${AGREE_RU}(?!\\p{L})(.*)$`,
  "u",
);
/** "поддерживает ли США создание палестинского государства", "согласен ли Израиль с этим" */
const VERB_FIRST_RU = new RegExp(
  `^(?:(?:а|и|но|ну)[, ]+)?${AGREE_RU} ли ((?:[\\p{L}-]+ )??[\\p{L}-]+)(?= |$)(.*)$`,
  "u",
);
const QUESTION_WORD_RU =
  /(?<!\p{L})(?:кто|кого|кому|что|чего|почему|зачем|как|где|когда|какой|какая|какие|сколько|чей|чья)(?!\p{L})/u;

/** Parties the article names but never quotes: their stances are not reported (the parties table). */
const unvoicedOf = patternsPerTable((parties) => ({
  en: phrasePattern(parties.flatMap((p) => (p.speaks ? [] : allFormsOf(p, "en")))),
  ru: phrasePattern(parties.flatMap((p) => (p.speaks ? [] : allFormsOf(p, "ru")))),
}));
/** The same parties by the article's own words for them, without their people (Netanyahu is never named in it). */
const namedOf = patternsPerTable((parties) => ({
  en: phrasePattern(parties.flatMap((p) => (p.speaks ? [] : [...p.names.en, ...p.mentions.en]))),
  ru: phrasePattern(parties.flatMap((p) => (p.speaks ? [] : [...p.names.ru, ...p.mentions.ru]))),
}));
/** A pronoun object: the thing agreed with is the last answer's. */
const POINTS_BACK =
  /^(?:\s*(?:that|this|it|him|them|his|their|the idea|the plan|the call|these|those|этим|это|его|ее|их|ним|ней|ними|этого|ему|с этим|с ним|на это|тоже|too|as well|either)(?!\p{L})[\s?]*)*$/u;

export interface AgreementAsked {
  party: string;
  /** What is agreed with, or "" when it points back at the last answer. */
  object: string;
}

/** The party and the thing, when the message asks whether an unquoted party agrees; else null. */
export function agreementAsked(
  folded: string,
  lang: Lang,
  unnamedByArticle: (party: string, lang: Lang) => boolean,
  parties: Parties,
): AgreementAsked | null {
  // A short question only: the patterns' backtracking stays bounded on a long message.
  if (folded.length > MAX_CHARS) return null;
  const m =
    lang === "ru"
      ? QUESTION_WORD_RU.test(folded)
        ? null
        : (SUBJECT_FIRST_RU.exec(folded) ?? VERB_FIRST_RU.exec(folded))
      : ASKED_EN.exec(folded);
  const party = m?.[1]?.trim();
  if (!m || !party) return null;
  const unvoiced = unvoicedOf(parties)[lang].test(party) || unnamedByArticle(party, lang);
  if (!unvoiced) return null;
  const rest = (m[2] ?? "").trim();
  return { party, object: POINTS_BACK.test(rest) ? "" : rest };
}

/** "Doesn't say", with the article's own words on the thing as the evidence; null when it does not apply. */
export function createThirdPartyAgreement(
  kit: DialogueKit,
  unnamedByArticle: (party: string, lang: Lang) => boolean,
) {
  const { engine } = kit;
  return (
    folded: string,
    asked: Lang,
    lang: Lang,
    entryId: string | null,
    lastQuestion: string | null,
  ): Answer | null => {
    const agreement = agreementAsked(folded, asked, unnamedByArticle, kit.parties);
    if (!agreement) return null;
    // "did Biden back Israel?", "байден поддержал израиль?" as a first question: someone the story never names,
    // asked of nothing it said — off the article, refused as the engine refuses it (blind-ru26), not "doesn't say"
    // beside the entry its object finds. After an answer ("а Байден с этим согласен?") the stance reading stands.
    // Named: a party by the article's own words (the US, Israel, the EU), or a person of the speakers' list
    // (Erdogan); not Biden, Zelensky, nor a party's person the article never names (Netanyahu).
    // The parties table also holds countries the article never names (Iran, China): named by the table only.
    const named =
      (namedOf(kit.parties)[asked].test(agreement.party) && !unnamedByArticle(agreement.party, asked)) ||
      kit.speakers.namedIn(agreement.party).length > 0;
    if (!named && entryId === null && lastQuestion === null) return null;
    // The last answer: its entry, or a voice's quotes asked for by the last question ("what did Peskov say?").
    const last = entryId
      ? engine.answerForEntry(entryId, lang)
      : lastQuestion
        ? kit.findAnswer(lastQuestion, lang)
        : null;
    // "did erdogan agree with putin?": a person agreed with is no thing to find (it found who Putin is); the
    // engine's reading of the whole question gives the party's unreported reaction.
    const aPerson =
      /^(?:with |to )?(?:[\p{L}'-]+)(?: [\p{L}'-]+)?\s*[?.!]*$/u.test(agreement.object) &&
      kit.speakers.namedIn(agreement.object).length > 0;
    const found = agreement.object === "" || aPerson ? null : kit.findAnswer(agreement.object, lang);
    const evidence = found?.answered && found.kind === "entry" ? found : last?.answered ? last : null;
    // The entry's curated "Yes." is its own question's verdict, not this one's.
    return evidence ? { ...evidence, answer: withoutOwnVerdict(evidence.answer) } : null;
  };
}

/** The article's own voices (a party that speaks in it, by any of its words), as a stance question's subject. */
const voiceOf = patternsPerTable((parties) =>
  phrasePattern(parties.flatMap((p) => (p.speaks ? [...allFormsOf(p, "en"), ...allFormsOf(p, "ru")] : []))),
);
/** "а США?", "and the EU?", "what about Israel?": a bare party, nothing else asked. */
const BARE_PARTY = /^(?:(?:а|и|ну|and|so|what about|how about)[, ]+)?(.+?)(?:,? (?:тоже|too|then|тогда))?$/u;

/**
 * "поддерживает ли Путин палестинское государство? — Да. — а США?": the last stance question asked again of an
 * unquoted party, so that the agreement reader above answers it (the US named in the evidence as the one faulted
 * is no Yes on its stance). Null unless the last question asks a voice's agreement and the message is a bare party.
 */
export function stanceOfPartyAsked(
  typed: string,
  lastQuestion: string | null | undefined,
  lang: Lang,
  parties: Parties,
): string | null {
  if (!lastQuestion || lastQuestion.length > MAX_CHARS || typed.length > MAX_CHARS) return null;
  const party = BARE_PARTY.exec(
    typed
      .trim()
      .toLowerCase()
      .replace(/[?!.\s]+$/u, ""),
  )?.[1];
  if (!party || !unvoicedOf(parties)[lang].test(party)) return null;
  const last = foldQuestion(lastQuestion).replace(/[?!.\s]+$/u, "");
  const m = lang === "ru" ? (VERB_FIRST_RU.exec(last) ?? SUBJECT_FIRST_RU.exec(last)) : ASKED_EN.exec(last);
  const subject = m?.[1]?.trim();
  if (!m || !subject || !voiceOf(parties).test(subject)) return null;
  const at = last.indexOf(` ${subject} `) >= 0 ? last.indexOf(` ${subject} `) + 1 : last.indexOf(subject);
  return `${last.slice(0, at)}${party}${last.slice(at + subject.length)}?`;
}
