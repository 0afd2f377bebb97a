// The turns about who is in a list the article gives: a member it does not have ("Is Brazil in it?"), a group's
// membership asked first ("Is China in the Quartet?"), a party that left the group, "and X too?" after a Yes or
// a No on a list, a listed party asked alone ("is China?"), "same for X?" and "and X — same?". Each reads the
// list's own evidence (elliptical.ts, left-group.ts, yes-again.ts); dialogue.ts routes a turn here after the
// last answer's own follow-ups (last-answer-turns.ts) and before the article's verdicts.

import type { createAgainstLastAnswer } from "./against-last-answer.js";
import { asksBoth, bothVerdict } from "./both-asked.js";
import { bothNamedOf, bothNamedVerdict } from "./both-named.js";
import { withoutConfirmTag } from "./confirm-tag.js";
import type { ContextReading } from "./dialogue-context.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { listedPartyAsked, listsInFull, memberOf, membershipOf, sameForParty } from "./elliptical.js";
import { forThingAsked } from "./for-thing.js";
import { evidenceAgainTurn, keptContextTurn } from "./kept-context-turn.js";
import { kindAskedOf, lastAnswerNames } from "./kind-asked.js";
import { languageOf } from "./language.js";
import { isArticleParty } from "./learner-question.js";
import { leftGroupOf } from "./left-group.js";
import { verbFirstMemberOf } from "./member-verb-first-ru.js";
import { negatedListedOf, withListedEcho } from "./negated-listed.js";
import { negatedMentionSentence } from "./negated-mention.js";
import { notPartyAsked } from "./not-party.js";
import { asksOthersInGroup } from "./others-in-group.js";
import { quotedAsked } from "./quoted-asked.js";
import { createReferredMember } from "./referred-member.js";
import { swapsTheSubject } from "./subject-swap.js";
import type { TurnReading } from "./turn-reading.js";
import type { DialogueTurn } from "./types.js";
import { figureBesideMatter } from "./unstated-figure.js";
import { asksAnotherPerson } from "./voice-swap.js";
import { ellipticalWords, evidenceNames } from "./yes-again.js";

export function createListTurns(
  kit: DialogueKit,
  {
    unnamedByArticle,
    answerUnnamedParty,
    answerListedParty,
    answerSameFor,
    answerLeftGroup,
    respelled,
  }: ReturnType<typeof createAgainstLastAnswer>,
  contextReading: ContextReading,
) {
  const { engine, speakers } = kit;
  const { contextAfter } = contextReading;
  const referredMember = createReferredMember(kit, contextReading);
  const isParty = (name: string) =>
    isArticleParty(name) ||
    speakers.namedIn(name).length > 0 ||
    unnamedByArticle(name, languageOf(name, "en"));

  return (reading: TurnReading): DialogueTurn | null => {
    const { text, folded, lang, words, now, context } = reading;
    // "who's the other 2" after "is the US in it too?" read against the list: that list again (d41-22). The last
    // question is still the list's ("what is the quartet for"), so others-in-group.ts finds no membership asked.
    const othersShown =
      context?.listedParty && context.entryId && asksOthersInGroup(text)
        ? engine.answerForEntry(context.entryId, lang)
        : null;
    if (context?.listedParty && othersShown?.answered) {
      const understood =
        words.lang === "ru"
          ? `кто ещё в этом списке, кроме «${context.listedParty}»?`
          : `who else is on that list besides ${context.listedParty}?`;
      return evidenceAgainTurn(
        othersShown,
        { understood, followUp: "topic-switch", verdict: null },
        context,
        lang,
        now,
      );
    }
    // "is that country in the quartet too?": the party the last turn named, against the list (referred-member.ts).
    const referred = referredMember(reading);
    if (referred) return keptContextTurn(lang, referred.reply, referred.listed, now, referred.verdict);

    // "the UN isn't, is it?", «а ООН же не входит?»: the member asked by the positive fact, echoed (negated-listed.ts).
    const negatedMember = context ? negatedListedOf(folded, words.lang) : null;
    const negatedReply =
      context && negatedMember ? answerListedParty(negatedMember, text, context, lang, words) : null;
    if (context && negatedMember && negatedReply?.verdict) {
      const echoed = withListedEcho(negatedReply, negatedMember, negatedReply.verdict, words.lang);
      return keptContextTurn(lang, echoed, context, now, negatedReply.verdict);
    }

    // "Is Brazil in it?" after a list: a member the list does not have, read as "and Brazil?" after a yes on it.
    // "is biden quoted in it?" asks whether the article quotes a party, not a list's member (quoted-asked.ts).
    const member = context && !quotedAsked(folded, words.lang) ? memberOf(folded, words.lang) : null;
    if (context && member && unnamedByArticle(member, words.lang)) {
      const reply = answerUnnamedParty(member, member, text, { ...context, verdict: "yes" }, lang, words);
      return keptContextTurn(lang, reply, context, now, reply.verdict);
    }

    // "Is China in the Quartet?" asked first: the group's list, then China read against it as after a yes.
    const membership = member ? null : membershipOf(folded, words.lang);
    if (membership && unnamedByArticle(membership.party, words.lang)) {
      const list = kit.findAnswer(membership.group, lang);
      if (list.answered && list.kind === "entry") {
        const listed = contextAfter(membership.group, list, lang, now, words, null);
        if (listed) {
          const reply = answerUnnamedParty(
            membership.party,
            membership.party,
            text,
            { ...listed, verdict: "yes" },
            lang,
            words,
          );
          return keptContextTurn(lang, reply, listed, now, reply.verdict);
        }
      }
    }

    // "did Russia leave the Quartet?": No where the group's full list names it (left-group.ts).
    const left = leftGroupOf(folded, words.lang);
    const leftList = left ? kit.findAnswer(left.group, lang) : null;
    const leftListed =
      left && leftList?.answered && leftList.kind === "entry"
        ? contextAfter(left.group, leftList, lang, now, words, null)
        : null;
    const leftReply = leftListed
      ? (left?.parties
          .map((party) => answerLeftGroup(party, text, leftListed, lang, words))
          .find((r) => r !== null) ?? null)
      : null;
    if (leftReply && leftListed) return keptContextTurn(lang, leftReply, leftListed, now, "no");

    // "what kind of approaches" after an answer naming them: that answer again (kind-asked.ts).
    const kind = context?.entryId ? kindAskedOf(text) : null;
    const kindShown = kind && context?.entryId ? engine.answerForEntry(context.entryId, lang) : null;
    if (context && kind && kindShown?.answered && lastAnswerNames(kind, kindShown, lang)) {
      const understood = { understood: text, followUp: "topic-switch" as const, verdict: null };
      return evidenceAgainTurn(kindShown, understood, context, lang, now);
    }

    // "both of them?" after an answer saying "both": Yes, with the same evidence (both-asked.ts).
    const bothShown =
      context?.entryId && asksBoth(text) ? engine.answerForEntry(context.entryId, lang) : null;
    if (context && bothShown?.answered && bothVerdict(bothShown, lang)) {
      const understood = { understood: text, followUp: "topic-switch" as const, verdict: "yes" as const };
      return evidenceAgainTurn(bothShown, understood, context, lang, now);
    }

    // "in both israel and gaza?", "и там и там?": Yes where the evidence names both (both-named.ts).
    const bothNamed = context?.entryId ? bothNamedOf(text) : null;
    const namedShown = bothNamed && context?.entryId ? engine.answerForEntry(context.entryId, lang) : null;
    if (context && bothNamed && namedShown?.answered && bothNamedVerdict(bothNamed, namedShown, lang)) {
      const understood = { understood: text, followUp: "topic-switch" as const, verdict: "yes" as const };
      return evidenceAgainTurn(namedShown, understood, context, lang, now);
    }

    // "And negotiations too?" right after a Yes: Yes again where the same evidence names it; after a No on a
    // list ("Is Iran in the Quartet?" — No), "and the EU?" is Yes where the list names it.
    const again =
      (context?.verdict === "yes" || context?.verdict === "no") &&
      context.entryId &&
      text.trim().endsWith("?") &&
      !asksAnotherPerson(folded, context.question, speakers)
        ? // "and for resuming negotiations as well?" after a call's Yes: the thing after "for" (for-thing.ts).
          ellipticalWords(forThingAsked(folded, context.question) ?? folded)
        : null;
    const sameEvidence = again && context?.entryId ? engine.answerForEntry(context.entryId, lang) : null;
    if (
      context &&
      again &&
      sameEvidence?.answered &&
      // After a No that the evidence gives as a mention not made ("did he mention Russia's role?" — No), "and
      // the US?" asks about another mention, not a member of the list the evidence happens to quote.
      (listsInFull(sameEvidence)
        ? context.verdict === "yes" || negatedMentionSentence(sameEvidence.answer) === undefined
        : // "is putin for a palestinian state?" — "and the us?": the US asked in Putin's place (subject-swap.ts).
          context.verdict === "yes" && !swapsTheSubject(folded, context.question, speakers, kit.parties)) &&
      // "and a ceasfire?": the word meant, as the engine's typo folding reads it.
      (evidenceNames(again, sameEvidence, lang) ||
        evidenceNames(ellipticalWords(respelled(folded, words.lang)) ?? again, sameEvidence, lang))
    ) {
      return evidenceAgainTurn(
        sameEvidence,
        { understood: text, followUp: "topic-switch", verdict: "yes" },
        context,
        lang,
        now,
      );
    }

    // "is China?", "а Турция?" after the Quartet's list: Yes or No from the list the article gives in full.
    const listedParty =
      context && text.trim().endsWith("?")
        ? (listedPartyAsked(withoutConfirmTag(folded), words.lang, isParty) ??
          verbFirstMemberOf(withoutConfirmTag(folded), words.lang))
        : null;
    // "was the call yesterday?": when the call was, not whether "call yesterday" is on a list (unstated-figure.ts).
    const listed =
      context && listedParty && !figureBesideMatter(listedParty, words.lang)
        ? answerListedParty(listedParty, text, context, lang, words)
        : null;
    // The party is kept as typed ("US", not "us"): "who's the other 2" next asks the list's other members (above).
    if (context && listed && listedParty) {
      const at = text.toLowerCase().indexOf(listedParty);
      const typedParty = at >= 0 ? text.slice(at, at + listedParty.length) : listedParty;
      return keptContextTurn(lang, listed, { ...context, listedParty: typedParty }, now, listed.verdict);
    }
    // "same for the EU?", "а ЕС тоже обвиняет?": the last question of a party its evidence never names.
    // "not hamas?" after "who is russia blaming…": that party asked the same (not-party.ts).
    const samePartyAsked =
      context && !listed
        ? (sameForParty(folded, words.lang) ??
          (context.verdict == null ? notPartyAsked(folded, context.question, words.lang) : null))
        : null;
    const same = context && samePartyAsked ? answerSameFor(samePartyAsked, text, context, lang, words) : null;
    if (context && same) return keptContextTurn(lang, same, context, now, same.verdict);
    // "and Israel — same?" after a what-question whose evidence names Israel too: that evidence again.
    const sameNamed = context && samePartyAsked && !same && context.verdict == null ? samePartyAsked : null;
    const sameShown = sameNamed && context?.entryId ? engine.answerForEntry(context.entryId, lang) : null;
    const sameWords = sameNamed ? ellipticalWords(sameNamed) : null;
    if (context && sameShown?.answered && sameWords && evidenceNames(sameWords, sameShown, lang)) {
      return evidenceAgainTurn(
        sameShown,
        { understood: text, followUp: "topic-switch", verdict: null },
        context,
        lang,
        now,
      );
    }
    return null;
  };
}
