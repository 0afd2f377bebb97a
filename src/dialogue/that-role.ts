// Kind (dialog43b, d108-21#2): "what is that role, then?", «а какая это роль?» after a question naming a party's role
// ("Putin didn't mention Russia's own role, did he?" — No). "that role" is the role the last question named, not the
// last answer's speaker (the engine read "what is … then" beside Putin's card as who Putin is). Asked as that party's
// role in the peace process, which the article gives: the Quartet, the Kremlin's constructive role, the contested
// involvement. Only when the last question names a party's role; else the message is read as typed.
import { foldQuestion, withoutEndMarks } from "../lib/fold-question.js";
import type { DialogueContext } from "./types.js";

const THAT_ROLE_EN =
  /^(?:(?:so|and|but|ok|okay|well|then|hmm)[,.! ]+)*(?:what(?:'s| is| was| would be) (?:that|this|the|its|their) role|what role(?: is| was) (?:that|it)|which role(?: is| was) (?:that|it)|what kind of role(?: is| was) (?:that|it))(?:,? (?:then|exactly|actually|again))*$/u;
const THAT_ROLE_RU =
  /^(?:(?:а|и|так|ну|но)[,.! ]+)*(?:какая|какова|что за|в ч[её]м)(?: же)? (?:эта |это |та |же |тогда )*роль(?:,? (?:тогда|такая|то|же|эта|именно))*$/u;
const ROLE_OF_EN =
  /(?<!\p{L})(russia|moscow|the kremlin|kremlin|the us|washington|turkey|the un|the eu)(?:'s|’s|s|')? (?:own )?(?:role|part)(?!\p{L})/u;
const ROLE_OF_RU =
  /(?<!\p{L})(?:роль|роли|ролью) (?:самой |самого |собственн\p{L}* )?(россии|москвы|кремля|сша|турции|оон|ес)(?!\p{L})/u;

/** The role the last question named, asked plainly, or null. */
export function thatRoleOf(text: string, context: DialogueContext | null | undefined): string | null {
  if (!context?.question || text.length > 60) return null;
  const q = withoutEndMarks(foldQuestion(text));
  const last = context.question.toLowerCase().replace(/ё/gu, "е");
  if (THAT_ROLE_EN.test(q)) {
    const party = ROLE_OF_EN.exec(last)?.[1];
    return party ? `what is ${party.replace(/^the /u, "")}'s own role in the peace process?` : null;
  }
  if (THAT_ROLE_RU.test(q)) {
    const party = ROLE_OF_RU.exec(last)?.[1];
    return party ? `какова роль ${party} в мирном процессе?` : null;
  }
  return null;
}
