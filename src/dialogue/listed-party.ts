// A party read against the list the last answer gives in full (the Quartet's members): "is China?", "а Турция?" —
// Yes where the list names it (as typed, respelled, or by a synonym of the knowledge base), No where it leaves it
// out; "Did Russia leave the Quartet?" — No where the list names it. Split from against-last-answer.ts (tidy46).

import type { Answer, Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { answerIsList } from "./elliptical.js";
import { synonymGroupOf } from "./folded-kb.js";
import { type DialogueWords, fold } from "./language.js";
import { onLastEvidence } from "./on-last-evidence.js";
import { STILL } from "./still-member.js";
import type { AnswerReply, DialogueContext } from "./types.js";
import { ellipticalWords, evidenceNames } from "./yes-again.js";

const wordsOf = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export function createListedParty(
  kit: DialogueKit,
  lastEvidence: (context: DialogueContext, lang: Lang) => Answer | null,
  respelled: (text: string, lang: Lang) => string,
  unnamedByArticle: (party: string, lang: Lang) => boolean,
) {
  const { kb } = kit;

  /**
   * Whether our own list answer names the party: as a whole word or a synonym the knowledge base gives ("the UN",
   * "ЕС") — true; not even a word starting like it — false; a near word only ("israel" beside "Israeli") — null.
   */
  const listNames = (party: string, evidence: Answer, lang: Lang): boolean | null => {
    const asTyped = listNamesAsSpelled(party, evidence, lang);
    if (asTyped !== false) return asTyped;
    const meant = respelled(party, lang);
    return meant === party ? false : listNamesAsSpelled(meant, evidence, lang);
  };

  const listNamesAsSpelled = (party: string, evidence: Answer, lang: Lang): boolean | null => {
    const groups = (lang === "ru" ? kb.locales?.ru?.synonyms : kb.synonyms) ?? [];
    const bare = party.replace(/^(?:the)\s+/, "");
    const forms = [bare, ...(synonymGroupOf(groups, bare) ?? [])];
    const list = ` ${wordsOf(fold(evidence.answer))} `;
    if (forms.some((f) => list.includes(` ${wordsOf(fold(f))} `))) return true;
    const content = ellipticalWords(bare);
    return content && evidenceNames(content, { ...evidence, quotes: [] }, lang, evidence.answer)
      ? null
      : false;
  };

  /**
   * "is China?", "а Турция?" right after an answer listing a group in full ("the US, the United Nations, and the
   * European Union"): Yes when the list names the party, No when it leaves it out — the article's list is whole,
   * so a party it names elsewhere (Turkey) is still not a member. Null when the last answer lists nothing in full.
   */
  const answerListedParty = (
    party: string,
    typed: string,
    context: DialogueContext,
    lang: Lang,
    words: DialogueWords,
  ): AnswerReply | null => {
    // "is the UN still part of it?" asks about now, which no list of the article's settles (still-member.ts).
    if (STILL.test(typed.toLowerCase())) return null;
    const evidence = lastEvidence(context, lang);
    if (!evidence || !answerIsList(evidence, words.lang, kit.parties)) return null;
    const named = listNames(party, evidence, words.lang);
    if (named === null) return null;
    const at = typed.toLowerCase().indexOf(party);
    const name = at >= 0 ? typed.slice(at, at + party.length) : party;
    // A party the article never names is said to be unmentioned, as after any answer; one it names elsewhere
    // (Turkey) is only not on the list.
    const unnamed = unnamedByArticle(party, lang);
    const notAmong =
      words.lang === "ru"
        ? unnamed
          ? `В статье об этом ничего нет: «${name}».`
          : `«${name}» в этом списке статьи нет.`
        : unnamed
          ? `The article does not mention ${name}.`
          : `${name.charAt(0).toUpperCase()}${name.slice(1)} is not on the article's list.`;
    return onLastEvidence(evidence, context.question, name, named ? "" : notAmong, named ? "yes" : "no");
  };

  /**
   * "Did Russia leave the Quartet?" (left-group.ts) on the group's full list: No where the list names the party, it
   * is a member there; null otherwise.
   */
  const answerLeftGroup = (
    party: string,
    typed: string,
    listed: DialogueContext,
    lang: Lang,
    words: DialogueWords,
  ) => {
    const evidence = lastEvidence(listed, lang);
    if (
      !evidence ||
      !answerIsList(evidence, words.lang, kit.parties) ||
      listNames(party, evidence, words.lang) !== true
    )
      return null;
    const at = typed.toLowerCase().indexOf(party);
    const name = at >= 0 ? typed.slice(at, at + party.length) : party;
    const line =
      words.lang === "ru"
        ? `Статья называет «${name}» в этом списке.`
        : `The article lists ${name} as a member.`;
    return onLastEvidence(evidence, listed.question, name, line, "no");
  };

  return { answerListedParty, answerLeftGroup };
}
