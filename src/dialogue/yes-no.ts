// Yes/no questions: recognising them, and a verdict grounded in the article: the claim checker reads the
// question as a statement ("did Putin praise Washington?" -> "Putin praise Washington": altered, so No), and
// an entry's curated verdict answers its own question. Never the question's wording alone.

import { boastsOwnRole } from "../answering/own-role-mention.js";
import type { Answer, Lang } from "../answering/types.js";
import { admitsOwnPart, mentionsOwnPart } from "./admitted-part.js";
import { unsaidCharge } from "./agent-swap.js";
import { asksAimAsFact } from "./aimed.js";
import { allInterestsVerdict } from "./all-interests.js";
import { approvalVerdict } from "./approval.js";
import { inArticleFrame } from "./article-frame.js";
import { articlePhraseVerdict } from "./article-phrase.js";
import { articleViewVerdict } from "./article-view.js";
import { blameVerdict } from "./blame-verdicts.js";
import { callMatterAsked } from "./call-convention.js";
import { ANOTHER_CALL } from "./call-party-phrasings.js";
import { calledForVerdict } from "./called-for.js";
import { careVerdict } from "./care-asked.js";
import { MAX_CHECKED_CHARS } from "./checker-reading.js";
import { contactMatterAsked } from "./contact-matter.js";
import { contactWithOneSide } from "./contact-one-side.js";
import { withoutEvidenceEnglish } from "./evidence-english-ru.js";
import { fearedSpreadVerdict, spreadForecastVerdict, spreadHappenedVerdict } from "./feared-spread.js";
import { formerStatusVerdict } from "./former-status.js";
import { withoutInvolvedBefore } from "./involved-before.js";
import { listMemberVerdict } from "./list-member.js";
import { longTiesOfOtherVerdict } from "./long-ties-ru.js";
import { meetingForCallVerdict } from "./meeting-for-call.js";
import { negatedInEvidence } from "./negated-in-evidence.js";
import { negatedMention } from "./negated-mention.js";
import { mentionVerdict } from "./omitted-mention.js";
import { onlyOneSideVerdict } from "./only-one-side.js";
import { ownRoleElsewhereUnsaid, ownRoleOfVoiceVerdict } from "./own-role-voice.js";
import { withOwnedVerdict } from "./owned-outranks.js";
import { partInVerdict } from "./part-in.js";
import { partnerStanceVerdict } from "./partner-stance.js";
import { inPassageReading, inPassageWords, inPassageWordsRu } from "./passage-paraphrase.js";
import { presenceVerdict } from "./presence-asked.js";
import { quotedVerdict } from "./quoted-asked.js";
import { reportedAskedVerdict } from "./reported-asked.js";
import { selfPresentedVerdict } from "./self-presented.js";
import { silenceOfAnother } from "./silence-of-another.js";
import { reportedWishOfSilentParty } from "./silent-party-wish.js";
import { praiseOfSilentVoice } from "./silent-voice-praise.js";
import { spokeVerdict } from "./spoke-asked.js";
import { asksArticleSide } from "./stance-for.js";
import { stanceOfOtherVerdict } from "./stance-of-other.js";
import { stillMemberVerdict } from "./still-member.js";
import { supportVerdict } from "./support-asked.js";
import { talkedAboutVerdict } from "./talked-about.js";
import { thatWhyVerdict } from "./that-why.js";
import { topicConfirmed, topicWarDenied } from "./topic-confirmed.js";
import { asksArticleTopic, topicCountryDenied } from "./topic-denied.js";
import { unsaidDetailVerdict } from "./unsaid-detail.js";
import { usSupportVerdict } from "./us-support.js";
import { type Verdict, type VerdictDeps, verdictRead } from "./verdict-read.js";
import { wantedThingVerdict } from "./wanted-thing.js";
import { warringPartyVerdict } from "./warring-party.js";
import { OR_WHAT, statementOf } from "./yes-no-question.js";
import { russianStatementOf } from "./yes-no-ru.js";

/** A sentence of a person's ("he highlights …"): a voice's, not the article's own (article-phrase.ts). */
const HE_OR_SHE = /(?<!\p{L})(?:he|she)(?!\p{L})/iu;

/** The last step of the order (owned-outranks.ts); re-exported for its importers. */
export { withOwnedVerdict } from "./owned-outranks.js";
export type { Verdict } from "./verdict-read.js";

/** "at least" / "at the very least" as a concession before a verb or adjective, not before a number. */
const CONCESSION = / at (?:the very )?least(?= (?!\d)\p{L})/giu;

/** «ё» folded to «е» before the call readers. */
const YO = /ё/g;

/**
 * The verdict on a yes/no question the engine answered with `answer`, in this order (measured on
 * test/questions/yesno-own.jsonl, see notes): a gap entry or a refusal -> the article doesn't say; what a party
 * the article never quotes said -> doesn't say; the claim checker finding an opposite or a negation -> no, a
 * stance, actor or speaker of its own -> doesn't say; the entry's curated verdict when the question is the
 * entry's own; the checker's "yes" when every word is backed.
 */
export function verdictFor(typed: string, answer: Answer, lang: Lang, deps: VerdictDeps): Verdict | null {
  // "did putn say anythin about a ceasfire": read as the engine reads its spelling (verdict-respell.ts).
  const respelled = deps.respell?.(typed, lang) ?? typed;
  // «ceasefire путин требует немедленно?»: an English word of the evidence's own quotes is that passage's word
  // (evidence-english-ru.ts), so no reader takes it for a word the article lacks.
  const asked = (lang === "ru" && withoutEvidenceEnglish(respelled, answer)) || respelled;
  // "did Putin blame Iran?": the engine found the fact without the party the article never names, and the
  // entry names the real one (answering/wrong-party.ts).
  // The one phoned: the reported call was with another party, No; one more call asked ("too") doesn't say (call-party.ts).
  // A charge asked as one more ("did he blame Iran too?") is silent in the article: doesn't say (dialog43).
  if (answer.wrongParty === "fact")
    return { verdict: unsaidCharge(asked.toLowerCase()) ? "not-said" : "no", source: "curated" };
  // A bare call or talk with X is not denied by the article (doesn't say); tied to the call by its matter, No
  // (dialog52's convention, call-convention.ts).
  if (answer.wrongParty === "call") {
    const folded = asked.toLowerCase().replace(YO, "е");
    const matter = !ANOTHER_CALL.test(folded) && callMatterAsked(folded, null, lang);
    return { verdict: matter ? "no" : "not-said", source: "article-text" };
  }
  // «Путин встречался с эрдоганом лично» (a pronoun read in): a meeting asked of the call's two people, No (meeting-for-call.ts).
  if (meetingForCallVerdict(asked.toLowerCase().replace(YO, "е"), answer, deps.speakers))
    return { verdict: "no", source: "article-text" };
  // "did the article say what erdogan told putin?": on whether it reports his words, No (reported-asked.ts).
  if (reportedAskedVerdict(asked.toLowerCase().replace(YO, "е"), answer, lang, deps.speakers))
    return { verdict: "no", source: "article-text" };
  // "want the fighting to stop immediately?" is "want an immediate ceasefire?" (passage-paraphrase.ts).
  // "does the text (at least) say X?" as "does the article say that X?" (article-frame.ts).
  // "is putin at least worried about them?": the asker's concession, not a word of the claim (dialog50).
  // "has russia been involved in peace efforts before?": the asker's time on a standing fact (involved-before.ts).
  const unhedged = lang === "en" ? withoutInvolvedBefore(asked.replace(CONCESSION, "")) : asked;
  const question =
    lang === "en" ? inPassageReading(inPassageWords(inArticleFrame(unhedged))) : inPassageWordsRu(asked);
  const plain = question.replace(OR_WHAT, "").replace(/,? or not?$|,? или нет$/u, "");
  // "is putin ok with a palestinian state of their own?", «путин выступает за перемирие?»: a voice's support of what
  // the article has it call for (support-asked.ts).
  // "is the us for a palestinian state?", «а сша?»: the US's own stance, doesn't say; Putin's view of it asked, No as he
  // tells it (us-support.ts).
  // "is the article in favour of the palestinians", «статья за палестинцев?»: the article takes no side (stance-for.ts).
  if (asksArticleSide(asked)) return { verdict: "not-said", source: "article-text" };
  // "did peskov praise the us?": a voice that says nothing of the US (silent-voice-praise.ts); "does putin say the us
  // wants a ceasefire?": the US's wish, never reported (silent-party-wish.ts); "is it true that the kremlin talks to
  // hamas?" on the contact with both warring sides, Yes (contact-one-side.ts).
  // "does the kremlin talk to hamas about a ceasefire?": the matter of the contact, never reported (contact-matter.ts).
  if (
    praiseOfSilentVoice(plain, lang, deps.speakers) ||
    reportedWishOfSilentParty(plain, lang) ||
    contactMatterAsked(plain, lang)
  )
    return { verdict: "not-said", source: "article-text" };
  if (lang === "en" && contactWithOneSide(plain, answer)) return { verdict: "yes", source: "article-text" };
  const usSupport = usSupportVerdict(plain, answer, lang, asked);
  if (usSupport) return { verdict: usSupport, source: "article-text" };
  if (supportVerdict(plain, answer, lang)) return { verdict: "yes", source: "curated" };
  // "is this about ukraine?", «статья про украину?» refused: the article is about something else, No (topic-denied.ts).
  if (!answer.answered && answer.reason === "out-of-scope" && asksArticleTopic(plain.toLowerCase(), lang))
    return { verdict: "no", source: "not-in-article" };
  // "is the article about ukraine?" answered with the summary: a country the story has no part for, No.
  if (topicCountryDenied(plain.toLowerCase(), lang, answer, deps.parties))
    return { verdict: "no", source: "not-in-article" };
  // "is this about the israel hamas war?", «это про войну израиля и хамаса?»: its own topic, Yes (topic-confirmed.ts).
  if (topicConfirmed(plain, lang, answer)) return { verdict: "yes", source: "article-text" };
  if (answer.answered && topicWarDenied(plain, lang, deps.parties))
    return { verdict: "no", source: "article-text" };
  // "did the russian foreign ministry say anything", «а мид россии высказывался?» on its statements (spoke-asked.ts).
  if (spokeVerdict(plain, answer, lang, deps.speakers)) return { verdict: "yes", source: "article-text" };
  // "is hamas one of the sides in the fighting", «израиль воюет с хамасом?»: the fighting's own parties (warring-party.ts).
  if (warringPartyVerdict(plain, answer, lang)) return { verdict: "yes", source: "article-text" };
  const unsaid = unsaidDetailVerdict(plain, answer, lang);
  if (unsaid) return unsaid;
  // "does the article have some kind of opinion at the end": its close is the author's own view (article-view.ts).
  if (articleViewVerdict(plain, answer, lang, deps.paragraphs))
    return { verdict: "yes", source: "article-text" };
  // "is that why israel doesnt trust moscow?": a negated result the article never gives, doesn't say (that-why.ts).
  if (thatWhyVerdict(plain)) return { verdict: "not-said", source: "article-text" };
  // "so all sides' interests should be taken into account?" on the article's close, which puts them first (all-interests.ts).
  if (allInterestsVerdict(plain, answer, lang)) return { verdict: "yes", source: "article-text" };
  // "is Russia still in it?": now, of a membership the article gives no date for (still-member.ts).
  if (stillMemberVerdict(plain, answer, lang)) return { verdict: "not-said", source: "article-text" };
  // «у России давние связи с Израилем?»: the article's long-standing ties are the Palestinians' (long-ties-ru.ts).
  if (longTiesOfOtherVerdict(plain, lang, deps.parties))
    return { verdict: "not-said", source: "article-text" };
  // «а путин там есть?», "is peskov in the article?": a speaker of the article is in it (presence-asked.ts).
  if (answer.answered && presenceVerdict(plain, lang, deps.speakers))
    return { verdict: "yes", source: "article-text" };
  // "is peskov quoted too?": the answer's quotes give that voice's words (quoted-asked.ts).
  if (quotedVerdict(plain, lang, answer, deps.speakers)) return { verdict: "yes", source: "article-text" };
  // "was China in the Quartet?", "only the US and Russia?": the full list in the evidence settles it (list-member.ts).
  const member = listMemberVerdict(plain, answer, lang);
  if (member) return { verdict: member, source: "article-text" };
  // "has it already spread?": the evidence has only the fear that it may (feared-spread.ts); as typed too, since the
  // respelling puts «перекинулся» in the infinitive and loses the done act (ru-08#3).
  if (spreadHappenedVerdict(plain, answer, lang) ?? spreadHappenedVerdict(typed, answer, lang))
    return { verdict: "not-said", source: "article-text" };
  // "is it gonna spread to other countries?": a forecast where the evidence has only the fear (feared-spread.ts).
  if (spreadForecastVerdict(plain, answer, lang)) return { verdict: "not-said", source: "article-text" };
  // "are people worried it could spread beyond Israel and Gaza?": the concerns the evidence reports (feared-spread.ts).
  if (fearedSpreadVerdict(plain, answer, lang)) return { verdict: "yes", source: "article-text" };
  const blamed = blameVerdict(plain, answer, lang, deps);
  if (blamed) return blamed;
  // "does Russia claim to be neutral?": the self-image the evidence quotes, in near words (self-presented.ts).
  const image = selfPresentedVerdict(plain.toLowerCase(), lang, answer, deps.parties);
  if (image) return { verdict: image, source: "article-text" };
  // "эрдоган тоже против сша?" on Putin's criticism: another voice's stance is not reported (stance-of-other.ts).
  if (stanceOfOtherVerdict(plain, answer, lang, deps.speakers, deps.parties))
    return { verdict: "not-said", source: "article-text" };
  // «эрдоган за прекращение огня?» on the call with him: the caller's stance is not his (partner-stance.ts).
  if (partnerStanceVerdict(plain, answer, lang, deps.speakers))
    return { verdict: "not-said", source: "article-text" };
  // "Has the US done enough, in his view?" on an entry where Putin faults the US (approval.ts).
  const approval = approvalVerdict(question, answer, lang, deps.conversation, deps.parties);
  if (approval) return { verdict: approval, source: "curated" };
  // «он только за израиль переживает?» on his concern for both Israel and Gaza: No (only-one-side.ts).
  if (onlyOneSideVerdict(plain, answer, lang)) return { verdict: "no", source: "article-text" };
  // «путину не всё равно на мирных жителей?», "does putin care about civilians?" on his concern: Yes (care-asked.ts).
  const care = careVerdict(plain, answer, lang, deps.speakers);
  if (care) return { verdict: care, source: "article-text" };
  // "and peskov?" after Putin's silence on Russia's role: the Kremlin's "constructive role" is his mention (own-role-voice.ts).
  if (ownRoleOfVoiceVerdict(plain.toLowerCase(), answer, lang, deps.speakers))
    return { verdict: "yes", source: "article-text" };
  if (ownRoleElsewhereUnsaid(plain.toLowerCase(), answer, lang, deps.speakers))
    return { verdict: "not-said", source: "article-text" };
  // «песков упоминал квартет?» on Putin's silence: the article settles the mention for Putin only (silence-of-another.ts).
  if (silenceOfAnother(plain.toLowerCase(), answer, lang, deps.speakers))
    return { verdict: "not-said", source: "article-text" };
  // "he talked about Russia's own role, right?" / "did he forget to mention it?" on evidence (omitted-mention.ts).
  // "did putin brag about moscow's role in the quartet?" on evidence that he made no mention of it: No (quality52).
  if (lang === "en" && answer.answered && boastsOwnRole(plain) && negatedMention(answer.answer) !== undefined)
    return { verdict: "no", source: "article-text" };
  // "does he admit russia's own part in any of it" on that same evidence: No (admitted-part.ts).
  if (
    answer.answered &&
    (admitsOwnPart(plain.toLowerCase(), lang) || mentionsOwnPart(plain.toLowerCase(), lang)) &&
    negatedMention(answer.answer) !== undefined
  )
    return { verdict: "no", source: "article-text" };
  const mention = answer.answered ? mentionVerdict(question, answer.answer) : null;
  if (mention) return { verdict: mention, source: "article-text" };
  // "are they still Russian citizens?" where the evidence calls them former ones (former-status.ts).
  if (formerStatusVerdict(plain, answer, lang) === "no") return { verdict: "no", source: "article-text" };
  // "is the Quartet part of the negotiations?" where the evidence has it formed to facilitate them (part-in.ts).
  if (lang === "en" && partInVerdict(plain, answer) === "yes")
    return { verdict: "yes", source: "article-text" };
  // "did Putin talk about compromise?" where his sentence in the evidence names it (talked-about.ts).
  if (talkedAboutVerdict(plain, answer, lang, deps.speakers) === "yes")
    return { verdict: "yes", source: "article-text" };
  // "is russia against restarting negotiations?": the voice's own wish in the evidence (wanted-thing.ts).
  // A thing the curators list as never in the article's words ("a two-state solution") is no wish it says.
  const wish = lang === "en" ? wantedThingVerdict(plain, answer, deps.terms) : null;
  const unworded = answer.entry ? deps.conversation.notInWords?.get(answer.entry.id)?.test(question) : false;
  if (wish) return { verdict: wish === "yes" && unworded ? "not-said" : wish, source: "article-text" };
  // "а он призывал к военной операции?": the asked act must be in the evidence, not only its topic (called-for.ts).
  const statement =
    plain.length > MAX_CHECKED_CHARS
      ? null
      : lang === "ru"
        ? russianStatementOf(plain)
        : statementOf(plain, deps.speakers);
  const called = calledForVerdict(statement, lang, answer, deps.claims, deps.conversation.standsFor);
  if (called) return { verdict: called, source: "claim-checker" };
  // "does it say middle east policies failed?": the article's own words, near enough (article-phrase.ts).
  const phrased =
    lang === "en"
      ? articlePhraseVerdict(
          plain,
          deps.articleText,
          (s) => HE_OR_SHE.test(s) || deps.speakers.namedIn(s.toLowerCase()).length > 0,
          answer.answered ? answer.quotes.map((q) => q.text) : [],
        )
      : null;
  if (phrased) return { verdict: phrased, source: "article-text" };
  const read = verdictRead(question, answer, lang, deps);
  // "а США искали компромиссы?" where the evidence says "не рассматривая компромиссов" (negated-in-evidence.ts).
  if (
    (read === null || read.verdict === "yes") &&
    lang === "ru" &&
    negatedInEvidence(question, answer.answer, (t) => deps.speakers.namedIn(t).map((n) => n.id))
  )
    return { verdict: "no", source: "article-text" };
  // "Is Russia a neutral mediator?" where the article gives that only as Moscow's aim (aimed.ts).
  if (read?.verdict === "yes" && asksAimAsFact(question, answer, lang))
    return { verdict: "not-said", source: "article-text" };
  // "a two-state solution?" on the entry saying Putin acknowledges the need for a Palestinian state: the
  // curators' list of terms the article never uses for that point; the evidence shows what it does say.
  const wider = answer.entry ? deps.conversation.notInWords?.get(answer.entry.id) : undefined;
  if (read?.verdict === "yes" && wider?.test(question)) return { verdict: "not-said", source: "curated" };
  return withOwnedVerdict(read, answer, plain.toLowerCase());
}
