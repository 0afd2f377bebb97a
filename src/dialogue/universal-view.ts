// "is russia seen as neutral by everybody?", "does everyone accept moscow as an honest broker?", «россию все
// считают нейтральным посредником?»: a party's standing asked as held by everyone. Where a quote of the article
// calls that party's involvement contested ("not without controversy"), the answer is No, with that entry as the
// evidence (dialog30, d57-23#2). Read only with a word of everyone, a word of regarding or accepting, and the
// party in the question (or, where the question points back with "that" / «это», in the last one: "does everybody
// agree with that?" after Russia's role; approval words too: "is everyone ok with…", «все одобряют?»); the party's own claim ("does russia say it is neutral?") asks no one's view.
import type { Answer, Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";

const EVERYONE_EN =
  /(?<!\p{L})(?<!with )(?:every(?:one|body)|all (?:sides|parties|countries|nations|of them)|the whole world|universally|unanimously|no ?one (?:doubts|disputes|questions))(?!\p{L})/u;
const REGARDED_EN =
  /(?<!\p{L})(?:seen|see|sees|regard\p{L}*|consider\p{L}*|view\p{L}*|accept\p{L}*|trust\p{L}*|think\p{L}*|agree\p{L}*|recogni[sz]\p{L}*|perceiv\p{L}*|doubts|disputes|questions|ok|okay|fine|cool|happy|content|on board|approv\p{L}*|welcom\p{L}*|support\p{L}*(?! (?:contact|ties|relations|dialogue))|endors\p{L}*|like[sd]?)(?!\p{L})/u;
const EVERYONE_RU =
  /(?<!\p{L})(?<!со )(?:все|всеми|всех|вс[её] мировое сообщество|повсеместно|единодушно|никто не (?:сомневается|спорит|оспаривает))(?!\p{L})/u;
const REGARDED_RU =
  /(?<!\p{L})(?:счита\p{L}*|призна\p{L}*|воспринима\p{L}*|вид\p{L}*|довер\p{L}*|соглас\p{L}*|сомневается|спорит|оспаривает|одобря\p{L}*|доволь\p{L}*|поддержива\p{L}*(?! (?:связ|контакт|отношени|диалог))|приветству\p{L}*|рады|устраивает)(?!\p{L})/u;
/** The party whose standing is asked, and its stem in the article's English quotes. */
const PARTIES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/(?<!\p{L})(?:russia\p{L}*|moscow|kremlin|росси\p{L}*|москв\p{L}*|кремл\p{L}*)(?!\p{L})/u, /russia/u],
];
/** A quote calling the party's involvement contested. */
const CONTESTED = /(?<!\p{L})(?:controvers\p{L}*|disputed|contested)(?!\p{L})/u;
/** A word standing for the last answer's thing ("does everybody agree with that?", «а это все одобряют?»). */
const POINTER = /(?<!\p{L})(?:that|this|it|these|those|это|этим|этому|с этим|тем|то)(?!\p{L})/u;

/** The party's own claim ("does russia say / claim …"): no one's view of it. */
const OWN_CLAIM =
  /(?<!\p{L})(?:say|says|said|claim\p{L}*|call(?:s|ed)? itself|говорит|заявля\p{L}*|называет себя)(?!\p{L})/u;

export function createUniversalView(kit: DialogueKit) {
  const { engine, kb } = kit;
  return (folded: string, asked: Lang, lang: Lang, lastQuestion: string | null = null): Answer | null => {
    const ru = asked === "ru";
    if (!(ru ? EVERYONE_RU : EVERYONE_EN).test(folded) || !(ru ? REGARDED_RU : REGARDED_EN).test(folded))
      return null;
    if (OWN_CLAIM.test(folded)) return null;
    // The party in the question, or in the last question where this one points back at its thing (dialog-r2-33).
    const last =
      POINTER.test(folded) && !/(?<!\p{L})(?:or|или)(?!\p{L})/u.test(folded) && lastQuestion
        ? lastQuestion.toLowerCase()
        : "";
    const party = PARTIES.find(([named]) => named.test(folded) || named.test(last));
    if (!party) return null;
    const entry = kb.entries.find(
      (e) =>
        e.kind === "answer" &&
        e.quotes.some((q) => CONTESTED.test(q.text.toLowerCase()) && party[1].test(q.text.toLowerCase())),
    );
    const evidence = entry ? engine.answerForEntry(entry.id, lang) : null;
    return evidence?.answered ? evidence : null;
  };
}
