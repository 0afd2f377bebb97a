// The yes/no turns the article's own text settles on one entry's evidence: the contact mode ("was it a
// face-to-face meeting?"), grounded verdicts ("was that call with Netanyahu?"), what a voice mentioned, a
// person's role ("is he the Russian president?") and country ("Erdogan is from Russia?"). Each names the entry
// whose evidence is shown with the verdict (contact-mode.ts, grounded-verdicts.ts, mentioned-by.ts, identity.ts,
// person-country.ts); dialogue.ts routes a turn here after the list turns (list-turns.ts).

import type { Answer, Lang } from "../answering/types.js";
import type { createAgainstLastAnswer } from "./against-last-answer.js";
import { pronounPersonOf } from "./answered-person.js";
import { contactAskedBack } from "./contact-asked-back.js";
import { createContactMode, MEETING_ARRANGED } from "./contact-mode.js";
import type { YesNoVerdict } from "./conversation-file.js";
import { type ContextReading, withVerdict } from "./dialogue-context.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import { createGroundedVerdicts } from "./grounded-verdicts.js";
import { identityAsked } from "./identity.js";
import { identityAskedRu } from "./identity-ru.js";
import { oneReplyTurn } from "./kept-context-turn.js";
import { createMentionedBy } from "./mentioned-by.js";
import { personCountryAsked } from "./person-country.js";
import type { TurnReading } from "./turn-reading.js";
import type { DialogueTurn } from "./types.js";
import { isYesNoQuestion } from "./yes-no-question.js";

/** The words of a meeting arranged (contact-mode.ts's MEETING_ARRANGED): no name, whatever the engine knows. */
const MEETING_WORD =
  /^(?:meet\p{L}*|summit\p{L}*|visit\p{L}*|agree\p{L}*|plan\p{L}*|arrang\p{L}*|schedul\p{L}*|going|will|they|встрет\p{L}*|встреч\p{L}*|увид\p{L}*|договор\p{L}*|договарива\p{L}*|планир\p{L}*|назнач\p{L}*|намет\p{L}*|услов\p{L}*|визит\p{L}*|саммит\p{L}*)$/u;

export function createArticleVerdictTurns(
  kit: DialogueKit,
  { unnamedByArticle }: ReturnType<typeof createAgainstLastAnswer>,
  { contextAfter }: ContextReading,
) {
  const { engine, speakers } = kit;
  const contactMode = createContactMode(kit.kb, speakers);
  const groundedVerdict = createGroundedVerdicts(kit, unnamedByArticle);
  const mentionedBy = createMentionedBy(kit);

  /** A word of the question, besides the meeting's own words and the article's people, unknown to the article. */
  const namesStranger = (folded: string, asked: Lang): boolean => {
    let rest = folded;
    for (const n of [...speakers.namedIn(rest)].reverse())
      rest = `${rest.slice(0, n.start)} ${rest.slice(n.end)}`;
    return rest
      .split(/[^\p{L}-]+/u)
      .filter((w) => w.length >= 4 && !MEETING_WORD.test(w))
      .some((w) => unnamedByArticle(w, asked));
  };

  return ({ text, folded, lang, words, now, context }: TurnReading): DialogueTurn | null => {
    // "Was it a face-to-face meeting?" about the call the article reports: No, it was a phone call.
    const mode = contactMode(folded, words.lang, context?.entryId ?? null, [
      context?.speakerId ?? null,
      context?.otherPersonId ?? null,
    ]);
    // «трамп с путиным встретятся?»: a meeting with someone the article never names is no outcome of its call —
    // left to the engine, which refuses it (dialog27; was «не сказано» with the call as evidence).
    const strangerMet = mode !== null && MEETING_ARRANGED.test(folded) && namesStranger(folded, words.lang);
    const modeEvidence =
      mode &&
      !strangerMet &&
      (isYesNoQuestion(text, folded, words, words.lang) || contactAskedBack(text, folded, words.lang))
        ? engine.answerForEntry(mode.entryId, lang)
        : null;
    // A verdict the article's text gives on an entry's evidence (the contact mode, a person's role).
    const articleVerdict = (evidence: Answer, verdict: YesNoVerdict): DialogueTurn => {
      const reply = answerReply(evidence, {
        understood: context ? text : null,
        followUp: context ? "pronoun" : null,
        asked: text,
        verdict,
        verdictSource: "article-text",
      });
      const next = contextAfter(reply.asked, reply.answer, lang, now, words, context);
      return oneReplyTurn(lang, reply, withVerdict(next, reply.verdict));
    };
    if (mode && modeEvidence?.answered) return articleVerdict(modeEvidence, mode.verdict);
    // "Was that call with Netanyahu?", "so it's because …?" (grounded-verdicts.ts).
    const grounded = groundedVerdict(
      folded,
      words.lang,
      lang,
      context?.entryId ?? null,
      context?.speakerId ?? null,
      context?.question ?? null,
    );
    if (grounded) return articleVerdict(grounded.evidence, grounded.verdict);
    // "did Peskov mention a settlement?": Yes where that voice's own quotes hold it (mentioned-by.ts).
    const mention = mentionedBy(folded, words.lang, lang, context?.speakerId ?? null);
    if (mention) return articleVerdict(mention.evidence, mention.verdict);

    // "Is he the Russian president?": the role the article gives that person (identity.ts).
    // The last answer's text is read only when a pronoun needs it, not on every turn.
    const last = () => (context?.entryId ? (engine.answerForEntry(context.entryId, lang)?.answer ?? "") : "");
    // "he" after "who did Putin call?" is the person the answer gave (answered-person.ts).
    const person = pronounPersonOf(context, speakers);
    // "he" is the person a who-question's answer gave: no other reading by the country asked (country-person.ts).
    const asked = {
      speakerId: person,
      answerText: last,
      // Or the one the last answer was about ("who is erdogan?"): no other reading by the country asked.
      personPinned: person !== (context?.speakerId ?? null) || context?.entryId === `who-is-${person}`,
    };
    const identity = (words.lang === "en" ? identityAsked : identityAskedRu)(folded, asked, kit.kb, speakers);
    const whoIs = identity ? engine.answerForEntry(`who-is-${identity.speakerId}`, lang) : null;
    if (identity && whoIs?.answered) return articleVerdict(whoIs, identity.verdict);
    // "Erdogan is from Russia?", "он работает на Турцию?": the country the person's role names (person-country.ts).
    const country = identity ? null : personCountryAsked(folded, words.lang, asked, kit.kb, speakers);
    const ofCountry = country ? engine.answerForEntry(`who-is-${country.speakerId}`, lang) : null;
    if (country && ofCountry?.answered) return articleVerdict(ofCountry, country.verdict);
    return null;
  };
}
