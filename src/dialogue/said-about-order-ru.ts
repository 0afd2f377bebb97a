// Kind (dialog54, d121-35#2): a Russian "did he say anything about X" with «про X» before the verb — «и он что-то
// про США сказал?» after «кто такой песков», «а про америку он что-то сказал?», «песков о хамасе что-нибудь
// говорил?». mentioned-by.ts reads the voice, the verb and then the thing («он что-то сказал про США»); in the
// other order it read nothing, and the message got Peskov's card with no verdict line. Put back in that order here
// (only the order: the voice, the thing and the verb stay as typed), so mentioned-by.ts answers as it does for the
// usual order — Yes where his quotes hold the thing, «не сказано» for a party none of them names.

const LEAD = "((?:(?:а|и|ну|так)[, ]+)*)";
const SOME = "(?:(?:что-то|что-нибудь|что-либо|хоть что-то|вообще|тоже|также|хоть раз|когда-нибудь) )*";
const PREP = "(про|о|об|обо)";
const THING = "(\\p{L}+(?:[ -]\\p{L}+){0,2}?)";
const VERB =
  "(говорил\\p{L}*|упоминал\\p{L}*|упомянул\\p{L}*|заявлял\\p{L}*|рассказывал\\p{L}*|сказал\\p{L}*)";
const VOICE = "(он|она|они|\\p{L}{3,20}(?: \\p{L}{3,20})?)";

/** «он что-то про США сказал» → «он что-то сказал про США». */
const VOICE_FIRST = new RegExp(`^${LEAD}${VOICE} ${SOME}${PREP} ${THING} ${SOME}${VERB}$`, "u");
/** «про америку он что-то сказал» → «он что-то сказал про америку». */
const THING_FIRST = new RegExp(`^${LEAD}${PREP} ${THING} ${VOICE} ${SOME}${VERB}$`, "u");

/** The folded message with «про X» put after the verb of saying; the message itself where it is not that shape. */
export function saidAboutInOrder(folded: string): string {
  const t = folded.replace(/[?!.…\s]+$/u, "");
  const a = VOICE_FIRST.exec(t);
  if (a) return `${a[1]}${a[2]} что-то ${a[5]} ${a[3]} ${a[4]}`;
  const b = THING_FIRST.exec(t);
  if (b) return `${b[1]}${b[4]} что-то ${b[5]} ${b[2]} ${b[3]}`;
  return folded;
}
