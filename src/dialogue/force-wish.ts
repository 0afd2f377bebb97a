// "does putin want israel to hit back harder?", «путин хочет, чтобы израиль ответил силой?», «путин призывает
// израиль к военному ответу?»: force wished by a voice whose stance the article gives as a ceasefire. The
// opposite of what that voice stands for is No, with the entry of its ceasefire call as the evidence (dialog30,
// d57-39#1). The voice must be named, or be "he"/«он» when the chat is about that voice and its last answer
// names no other person ("he" after the call may be Erdogan); another voice's wish (Israel's own) is no part of it.
import type { Answer, Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";

const WISH_EN =
  /(?<!\p{L})(?:wants?|wanted|wish(?:es|ed)?|hopes?|hoped|prefers?|preferred|urg(?:e|es|ed)|call(?:s|ed)? (?:on|for)|encourag(?:e|es|ed)|push(?:es|ed|ing)? for|support(?:s|ed)?|back(?:s|ed|ing)?|favou?r(?:s|ed|ing)?|in favou?r of|advocat\p{L}*|seek(?:s|ing)?|rather)(?!\p{L})/u;
const WISH_RU =
  /(?<!\p{L})(?:хоч\p{L}*|хотел\p{L}*|жела\p{L}*|призыва\p{L}*|призвал\p{L}*|подталкива\p{L}*|поддержива\p{L}*|выступа\p{L}* за|требу\p{L}*|добива\p{L}*)(?!\p{L})/u;
const FORCE_EN =
  /(?<!\p{L})(?:hit(?:ting)? back|strik(?:e|ing) back|struck back|retaliat\p{L}*|military (?:response|action|operation|solution|answer|way out|fix|path|route|option|means)|(?:the )?army (?:settle|solve|sort|fix|decide|handle)\p{L}*|by force|force of arms|respond(?:ed|s)? (?:militarily|with force)|use (?:of )?force|escalat\p{L}*|invad\p{L}*|invasion|bomb\p{L}*|ground operation|war)(?!\p{L})/u;
const FORCE_RU =
  /(?<!\p{L})(?:военн\p{L}* (?:ответ\p{L}*|операци\p{L}*|решени\p{L}*|удар\p{L}*|действи\p{L}*)|ответ\p{L}* (?:силой|ударом)|ответн\p{L}* удар\p{L}*|примени\p{L}* сил\p{L}*|силов\p{L}* (?:ответ\p{L}*|решени\p{L}*|путь)|эскалац\p{L}*|вторжен\p{L}*|бомб\p{L}*|наземн\p{L}* операци\p{L}*|войн\p{L}*)(?!\p{L})/u;
const NEGATED =
  /(?<!\p{L})(?:not|never|against|stop|end|не|против|прекрат\p{L}*|останов\p{L}*)(?!\p{L})|n't/u;
const PRONOUN =
  /^(?:(?:so|and|but|then|а|и|так|значит)[, ]+)?(?:does|did|is|would|has)? ?(?:he|он)(?!\p{L})/u;
/** The quote of the voice's own call that force turns over. */
const CEASEFIRE = /(?<!\p{L})(?:ceasefire|cease-fire|truce)(?!\p{L})/u;

export function createForceWish(kit: DialogueKit) {
  const { engine, kb, speakers, conversation } = kit;
  /** The last answer's quotes name a person besides `voice` ("he" may be Erdogan after the call). */
  const namesAnother = (entryId: string | null, voice: string): boolean => {
    const last = entryId ? kb.entries.find((e) => e.id === entryId) : undefined;
    return (last?.quotes ?? []).some((q) =>
      speakers.namedIn(q.text.toLowerCase()).some((n) => n.id !== voice && speakers.isPerson(n.id)),
    );
  };
  return (
    folded: string,
    asked: Lang,
    lang: Lang,
    speakerId: string | null,
    entryId: string | null,
  ): Answer | null => {
    const ru = asked === "ru";
    if (!(ru ? FORCE_RU : FORCE_EN).test(folded) || !(ru ? WISH_RU : WISH_EN).test(folded)) return null;
    if (NEGATED.test(folded)) return null;
    const named = speakers.namedIn(folded).filter((n) => speakers.isPerson(n.id));
    const byPronoun = named.length === 0 && PRONOUN.test(folded) ? speakerId : null;
    const voice = named.length === 1 ? named[0]!.id : byPronoun;
    if (!voice || (byPronoun && namesAnother(entryId, voice))) return null;
    const stand = kb.entries.find(
      (e) =>
        conversation.standsFor?.has(e.id) &&
        e.quotes.some((q) => q.speaker === voice && CEASEFIRE.test(q.text.toLowerCase())),
    );
    const evidence = stand ? engine.answerForEntry(stand.id, lang) : null;
    return evidence?.answered ? evidence : null;
  };
}
