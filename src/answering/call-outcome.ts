// How Putin's call with Erdogan ended, or what came of it ("how did putin's talk with erdogan end? what did he
// suggest", «чем закончились переговоры путина и эрдогана? что он предлагал», «чем кончился разговор путина с
// эрдоганом»): the article gives no outcome, only what Putin urged in the call (an immediate ceasefire, talks resumed);
// read as what he told Erdogan, whose card says so. Read as typed, "end" drew the article's conclusion, and «чем
// закончились» a refusal that the call had not yet happened (quality35). What Erdogan himself proposed or said ("what
// did erdogan propose to putin", «что предложил эрдоган путину») is what the article never reports: read as "what did
// erdogan say", whose card says so (was Putin's wants, or the call card as if answered). Putin's message/words to
// Erdogan as a noun ("putin message to erdogan", «послание путина эрдогану», «что путин передал эрдогану») and what
// they were agreeing («о чем договаривались», typed «эрдоганм»/«эрдогн») are the call card too (quality-r2-35: a
// refusal, or "did you mean").

/** The call, by any of its names, with Erdogan named. */
const CALL_EN = /\b(?:call|phone\s*call|talk|talks|conversation|chat|discussion|exchange|negotiations?)\b/i;
const ERDOGAN_EN = /\berdogan(?:'s)?\b/i;
/** How it ended or what came of it. */
const OUTCOME_EN =
  /\b(?:how\s+did\s+(?:it|that|the\s+\w+|putin's\s+\w+(?:\s+with\s+erdogan)?)\s+(?:end|go|turn\s+out|finish|wrap\s+up)|(?:what|anything)\s+(?:came|come)\s+(?:of|out\s+of)|(?:what\s+(?:was|is)\s+the\s+)?(?:outcome|result|upshot)\s+of|what\s+did\s+(?:they|the\s+two(?:\s+leaders)?)\s+agree)\b/i;
/** Erdogan as the one who proposed or said something. */
const ERDOGAN_SAID_EN =
  /\bwhat\s+(?:did|does|has|had)\s+erdogan\s+(?:propose|proposed|suggest|suggested|offer|offered|ask\s+for|want|demand|reply|answer|respond|say|tell)\b/i;
/** Putin's message or words to Erdogan, as a noun. */
const MESSAGE_EN =
  /\b(?:putin(?:'s|s|’s)?|(?:the\s+)?russian\s+president(?:'s|’s)?)\s+(?:message|messages|words|note|remarks|request|appeal|point)\s+(?:(?:to|for)\s+erdogan|erdogan)\b/i;

const CALL_RU =
  /(?<!\p{L})(?:разговор\p{L}*|переговор\p{L}*|звон\p{L}*|созвон\p{L}*|бесед\p{L}*|диалог\p{L}*|общени\p{L}*)(?!\p{L})/u;
const ERDOGAN_RU = /(?<!\p{L})эрдог\p{L}*(?!\p{L})/u;
const OUTCOME_RU =
  /(?<!\p{L})(?:чем (?:за|о)?кончил(?:ся|ась|ось|ись)|как (?:за|о)?кончил(?:ся|ась|ось|ись)|(?:каков|какой|какие|какой же) (?:был |были )?(?:итог\p{L}*|результат\p{L}*)|итог\p{L}*|результат\p{L}*|к чему (?:они )?(?:пришли|привел\p{L}*)|о ч[её]м (?:они )?(?:договорил|договарива)\p{L}*|до чего договорил\p{L}*)(?!\p{L})/u;
/** What they agreed, which needs no word of the call: «путин с эрдоганом о чем договаривались». */
const AGREED_RU = /(?<!\p{L})о ч[её]м (?:они )?(?:договорил|договарива)\p{L}*/u;
/** Putin's message to Erdogan: «послание путина эрдогану», «что путин передал эрдогану». */
const MESSAGE_RU =
  /(?<!\p{L})(?:(?:послани|обращени|месседж|сообщени)\p{L}* путин\p{L}* эрдог|что (?:же )?путин\p{L}* (?:передал|донес|донёс|сообщил) эрдог)/u;
const ERDOGAN_SAID_RU =
  /(?<!\p{L})что (?:же )?(?:(?:предложил|предлагал|ответил|сказал|говорил|хотел|просил|потребовал) (?:сам )?эрдоган(?!\p{L})|эрдоган (?:предложил|предлагал|ответил|сказал|говорил|хотел|просил|потребовал)(?!\p{L}))/u;

/** The English question as what Putin told Erdogan, or what Erdogan said, or as it came. */
export function asCallOutcome(text: string): string {
  if (text.length > 200 || !ERDOGAN_EN.test(text)) return text;
  if (ERDOGAN_SAID_EN.test(text)) return "what did erdogan say";
  if (MESSAGE_EN.test(text)) return "what did putin tell erdogan";
  return CALL_EN.test(text) && OUTCOME_EN.test(text) ? "what did putin tell erdogan" : text;
}

/** The Russian twin: «чем закончился разговор путина с эрдоганом» as «что путин сказал эрдогану». */
export function asRussianCallOutcome(text: string): string {
  if (text.length > 200) return text;
  const folded = text.toLowerCase().replace(/ё/g, "е");
  if (!ERDOGAN_RU.test(folded)) return text;
  if (ERDOGAN_SAID_RU.test(folded)) return "что сказал эрдоган";
  if (MESSAGE_RU.test(folded) || AGREED_RU.test(folded)) return "что путин сказал эрдогану";
  return CALL_RU.test(folded) && OUTCOME_RU.test(folded) ? "что путин сказал эрдогану" : text;
}
