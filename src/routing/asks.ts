// Patterns that make a plain message a question or a request wherever they stand: keyword topic queries
// ("Putin's view on …"), requests for help ("can you…", "объясни…"), question words after a preposition, Russian
// "ли" and question words anywhere. Every regular expression here is bounded, so a 4096-character message is read
// in linear time.

/** Russian question words anywhere ("песков сказал что", "путин о чём говорил"): not the conjunction "что". */
/** Also "с кем", "к чему", "что по этому поводу" anywhere ("мид к чему призывает", "…, с кем беседовал"), not "кем-то". */
export const RUSSIAN_QUESTION_WORD =
  /(?:^|[^\p{L}])(?:зачем|почему|сколько|о\s+ч[её]м|кто|с\s+кем|к\s+чему|что\s+по\s+(?:этому|данному)\s+поводу)(?=$|[^\p{L}-])/iu;
/** "в каком году…", "с кем говорил…": a question word after a preposition or two (not когда/где/чем: conjunctions). */
export const RUSSIAN_EARLY_QUESTION =
  /^\s*(?:\S+\s+){0,2}(?:как(?:ой|ая|ое|ие|ого|ую|им|ом|их|ими|ому|ов|ова|ово|овы)|чей|чья|чьё|чье|чьи|чьей|чьего|сколько|почему|зачем|кого|кому|кем|ч[её]м|чего|кто)(?=$|[^\p{L}])/iu;
/** "признаёт ли путин…", "может ли конфликт…": "ли" among the first three words asks. */
/**
 * A question word late, before its last word ("путин и ким чен ын когда встречались", "бывшие граждане где живут"),
 * not after a comma (a clause), or the particle «что ли» anywhere ("путин с байденом созванивался чтоли").
 */
export const RUSSIAN_LATE_QUESTION =
  /(?:^|[^,\s\p{L}-]\s*|\p{L}\s+)(?:когда|где|зачем|почему|сколько|куда|откуда)\s+\p{L}+\s*$|(?:^|[^\p{L}])(?:что\s*ли|шо\s*ли|чё\s*ли|че\s*ли)(?=$|[^\p{L}])/iu;
export const RUSSIAN_LI = /^\s*(?:\S+\s+){1,2}ли(?=$|[^\p{L}])/iu;
/**
 * A topic asked about in keywords ("Putin's view on US policy"; Russian "позиция россии по войне" is
 * RUSSIAN_STANCE_QUERY), or a Russian "…, или как" / "или нет" tag: a question without its question mark.
 */
export const TOPIC_QUERY =
  /\b(?:view|views|position|stance|take|opinion|thoughts|reaction|response)\s+(?:on|about|to|of|regarding)\b|(?:^|[^\p{L}])или\s+(?:как|нет|что)(?=$|[^\p{L}])/iu;
/**
 * A question mark before more words ("штаты подмяли переговоры? что говорит путин"), chat's "чё/чо" for "что"
 * anywhere, or a closing "(а) что пишут / что говорят": a question whatever the rest looks like.
 */
export const ASKS_THEN_GOES_ON =
  /\?\s*\p{L}|(?:^|[^\p{L}])(?:чё|чо|че)(?=$|[^\p{L}])|(?:^|[^\p{L}])что\s+(?:там\s+)?(?:пишут|пишет|говорят|известно|сказано)\s*$/iu;
/**
 * A request closed by "please" ("cliff notes please", "short version pls"), a question word after a preposition
 * ("in which places…"), or "что" before a saying verb ("Putin что говорит про…"): asked, whatever the length. So
 * are a question word closing the message after a preposition ("talked to which russian leader"), an alternative
 * closed by "or both", and a short alternative before "according to" ("ceasefire now or later according to putin").
 */
// (quality-en13) a size asked at the end ("… in 1 sentence") and an either/or tag without its mark ("…, is that the
// article's own view or just putin's") ask too.
export const ASKS_OTHERWISE =
  /(?:^|\s)(?:please|pls|plz|плиз|пожалуйста)[.!]*$|\b(?:to|with|from|by|for|of)\s+(?:which|whom)\s+(?:\w+\s+){0,2}\w+[.!]*$|\bor\s+both[.!]*$|^(?:\w+\s+){0,2}\w+\s+or\s+\w+\s+according\s+to\b|(?:^|\s)(?:or\s+(?:nah|not|what|no)|yes\s+or\s+no)[.!]*$|^(?:in|on|at|for|from|with|to|by|about)\s+(?:which|what|whom|whose)\b|\bin\s+(?:one|a|1|2|two|three|3|a\s+few|a\s+couple\s+of)\s+(?:sentences?|lines?|words?)[.!]*$|,\s*(?:is|was)\s+(?:that|this|it)\s+[^,]*\bor\s+(?:just\s+|only\s+)?[\w']+(?:\s+[\w']+){0,3}[.!]*$|(?:^|[^\p{L}])что\s+(?:он\s+|она\s+|они\s+|там\s+)?(?:говорит|говорил|говорила|говорили|сказал|сказала|сказали|думает|думают|считает|заявил|заявила)(?=$|[^\p{L}])/iu;
/**
 * A request for help or an explanation ("can you…", "explain…", "tl;dr", "помогите", "объясни", "это чьи слова"):
 * asked, however long — nobody pastes a quote that way. English imperatives only where the message opens (the
 * verbs of making the story shorter too: "pare the story down to its nuts and bolts"; quality-en46).
 */
export const ASKS_FOR_HELP =
  /\b(?:can|could|would)\s+(?:you|u)\b|\btl;?dr\b|\b(?:gist|nutshell|eli5|recap)\b|\bshort\s+version\b|\bno\s+fluff\b|^(?:explain|summari[sz]e|identify|describe|list|tell|give|show|boil|translate|define|fix|help|distil|distill|condense|whittle|pare|strip|break|outline|sum|recap|shorten|trim|simplify|squeeze|compress)\b|^(?:for\s+(?:a\s+|my\s+|our\s+)?(?:essay|report|homework|class|school|project|presentation|assignment)\b[^,.]*?[,.]?\s*)?(?:i|we)\s+(?:need|want|would\s+like)\b|(?:^|[^\p{L}])(?:можете|можешь|помогите|помоги|подскажи|подскажите|скажи|скажите|расскажи|расскажите|объясни|объясните|перечисли|перечислите|переведи|переведите|чьи\s+слова|при\s+ч[её]м\s+тут)(?=$|[^\p{L}])/iu;
/**
 * (ninth session, wave B) Asked, though the shapes above miss it: chat's "y" for "why" before a verb ("y does russia
 * get along w israel"), a quiz's "true or false: …", Russian "что (с ней) не так", a question word after a
 * preposition opening the message ("на что указывает …", "за что …"), and a question word after a Russian
 * attribution lead ("по мнению путина, что означает …"). (eleventh session) Chat's "r u …", a question word after a
 * label and colon ("мне для доклада: что …"), transliterated question words ("putin chto hochet …"), an inflected
 * какой anywhere ("хотят играть какую роль"; not какой-то) and a closing "чего" ("признак чего").
 */
export const ASKS_IN_CHAT =
  /^r\s+(?:u|ya|ppl|people|they|there|we|the|russians?|americans?|things)\s|:\s*(?:что|кто|как|почему|зачем|сколько|what|who|why|how)(?=$|[^\p{L}])|^y\s+(?:does|do|did|is|are|was|were|would|should|has|have|cant|can|dont|doesnt|didnt|isnt)\b|(?:^|[^\p{L}])(?:chto|chego|kto|pochemu|zachem|skolko|kakuyu|kakoy|kakie)(?=$|[^\p{L}])|(?:^|[^\p{L}])как(?:ой|ая|ое|ие|ого|ую|им|ом|их|ими|ому)(?=$|[^\p{L}-])|(?:^|[^\p{L}])чего\s*$|(?:^|\s)true\s+or\s+false(?:\s*[:\-–—?]|$)|(?:^|[^\p{L}])что\s+(?:с\s+(?:ней|ним|ними|этим)\s+)?не\s+так(?=$|[^\p{L}])|^\s*(?:на|за|про)\s+что(?=$|[^\p{L}])|^\s*по\s+(?:мнению|словам)\s+[^,]{1,40},\s*(?:что|как|где|когда|кто|почему|зачем|чем|чего)(?=$|[^\p{L}])/iu;
/** Greetings, particles and labels a question may open with ("hey, who…", "привет, расскажи…", "а что…", "quiz: name…"). */
export const LEADING_GLUE =
  /^(?:(?:hi|hey|hello|yo|sup|hm+|huh|um+|uh|oh|but|ok|okay|ок|окей|so|and|then|fine|alright|cool|привет|слушай|короче|ну|а|и|так|ладно|(?:for\s+)?(?:a\s+|my\s+)?(?:quiz|homework|essay|debate|exam|fact[\s-]?check|quick\s+question)(?:\s+(?:prep|question))?\s*:)(?:[\s,!.:—-]+|$))+/iu;
/** Question words anywhere ("peskov said what", "putin erdogan call about what"); not the relative which/when, nor
 * "whose" after a comma ("the Palestinians, whose hopes …") unless a verb asks after it ("…, whose interests does …"). */
export const QUESTION_WORD =
  /\b(?:who|whom|what|whats|wut|wat|wot|why|how)\b|(?<!,\s{0,2})\bwhose\b|\bwhose\s+\p{L}+\s+(?:does|do|did|is|are|was|were|should|must|will|would|can)\b/iu;
/**
 * (seventeenth session, waves M and N: 14 of their 641 questions were sent to the claim checker) Asked, though the
 * shapes above miss it: chat's "hows"/"whos"; "што" for "что"; a question word after a dash ("региональные игроки -
 * что с ними"); "что там у/с/про …"; an opening "насколько"; a Russian "X как <verb of relating or judging>" with no
 * comma before "как" ("москва как себя позиционирует", "ес и оон как связаны", "путин как оценивает"), where a claim
 * has the comma of "…, как сообщается".
 */
export const ASKED_IN_CHAT_MORE =
  /\b(?:hows|whos)\b|(?:^|[^\p{L}])што(?=$|[^\p{L}])|\s[-–—]\s*(?:что|кто|как|почему|зачем|сколько)(?=$|[^\p{L}])|(?:^|[^\p{L}])что\s+там\s+(?:у|с|со|про|в)(?=$|[^\p{L}])|^\s*насколько(?=$|[^\p{L}])|(?<=\p{L})\sкак\s+(?:себя|связан\p{L}*|оценива\p{L}*|оценил\p{L}*|относ\p{L}+|описыва\p{L}*|описан\p{L}*|упомина\p{L}*|позиционир\p{L}*)(?=$|[^\p{L}])/iu;
/**
 * (quality-ru31) Asked in Russian, though the shapes above miss it: whether anything was said ("путин говорил
 * что-нибудь о…", "хоть что-то сказал"), a closing "так ли это", "в чём (состоит / претензия / причина)", "что об
 * этом (в статье)", "как это связано", a question word after a dash ("… - чем кончилось"), "тлдр", and the
 * requests "изложи" / "перескажи". A claim states a thing; none of these states one. (quality-en41) A closing
 * "что там", "что он там …", "что (их) общего", "что их объединяет", and "вообще" not negated ("путин вообще говорил
 * о …": the claims that hold it say "вообще не …"), in a message not closed by a full stop.
 */
export const ASKED_IN_RUSSIAN_MORE =
  /(?:^|[^\p{L}])(?:что|чего|чем)[-\s](?:нибудь|либо)(?=$|[^\p{L}])|(?:^|[^\p{L}])хоть\s+(?:что|чего)[-\s]?(?:то|нибудь)(?=$|[^\p{L}])|(?:^|[^\p{L}])так\s+ли\s+это(?=$|[^\p{L}])|(?:^|[^\p{L}])в\s+ч[её]м\s+(?:состоит|заключается|суть|претензи\p{L}*|причин\p{L}*|смысл|дело|разница)(?=$|[^\p{L}])|(?:^|[^\p{L}])в\s+ч[её]м\s*$|(?:^|,\s*)что\s+об\s+этом(?=$|[^\p{L}])|(?:^|[^\p{L}])как\s+это\s+связан\p{L}*|\s[-–—]\s*(?:чем|чего|кого|кому)(?=$|[^\p{L}])|(?:^|[^\p{L}])(?:тлдр|изложи|изложите|перескажи|перескажите)(?=$|[^\p{L}])|(?:^|[^\p{L}])что\s+там\s*[.!]*$|(?:^|[^\p{L}])что\s+(?:он|она|они)\s+там(?=$|[^\p{L}])|(?:^|[^\p{L}])что\s+(?:\p{L}+\s+)?общего(?=$|[^\p{L}])|(?:^|[^\p{L}])что\s+(?:их|его|её|ее)\s+(?:объединяет|связывает)(?=$|[^\p{L}])/iu;
/** (quality-en41) "вообще" not negated ("путин вообще говорил о …"); route.ts asks that no full stop closes the message. */
export const RUSSIAN_AT_ALL =
  /(?<!(?:^|[^\p{L}])(?:нет|не)\s{1,3})(?<![\p{L}-])вообще(?!\s{1,3}(?:не|ни|нет|никак\p{L}*|ничего|никого|никаких)(?=$|[^\p{L}]))(?=$|[^\p{L}])/iu;

/** A verb of saying or believing whose "что" is the conjunction of a claim ("путин сказал, что …"). */
const SAYING_BEFORE =
  "(?:,|сказал\\p{L}*|заявил\\p{L}*|заявля\\p{L}*|говорит|говорил\\p{L}*|говорят|считает|считают|считал\\p{L}*|подчеркну\\p{L}*|подчеркива\\p{L}*|отметил\\p{L}*|признал\\p{L}*|признает|уверен\\p{L}*|думает|полагает|пишут|пишет|сообщ\\p{L}*|утвержда\\p{L}*|заметил\\p{L}*|понятно|ясно|известно|то|так|потому|оттого|того|тем|ведь|кроме\\s+того)";
/**
 * (quality30) Asked in Russian without a mark, a question word after the topic: «что ещё» / «что» before a verb of
 * wanting or showing, not after a saying verb or a comma («МИД России что хочет наладить», «кроме прекращения огня
 * что еще путин считает …»); «как (его) зовут»; «что у них общего»; an attribution lead without its comma before a
 * question word («по мнению путина что показывает …»); «чего» before a closing attribution («признак чего по мнению
 * путина»); «где» before a verb and a closing attribution («где живут по статье»); (claims30) «как» before a verb.
 * The saying-verb lookbehinds sit after «что» / «как», not before: tried at every position, their `\p{L}*` made a
 * run of letters quadratic (4,000 «а» took 90 s in the bot).
 */
export const RUSSIAN_ASKED_AFTER_TOPIC = new RegExp(
  [
    `(?:^|(?<=[^,\\s]\\s{1,3}))что(?<!${SAYING_BEFORE}\\s{0,3}что)\\s+(?:ещ[её]\\s+\\p{L}|(?:хочет|хотят|предлагает|предлагают|показывает|означает|значит|требует|требуют|добивается)(?=$|[^\\p{L}]))`,
    "(?:^|[^\\p{L}])как\\s+(?:(?:его|её|ее|их)\\s+)?(?:зовут|завут|звать)(?=$|[^\\p{L}])",
    "(?:^|[^\\p{L}])что\\s+(?:\\p{L}+\\s+){0,2}общего(?=$|[^\\p{L}])",
    "^\\s*по\\s+(?:мнению|словам)\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+(?:что|как|где|когда|кто|почему|зачем|чем|чего)\\s+\\p{L}+",
    "(?:^|[^\\p{L}])(?:чего|где|когда)(?:\\s+\\p{L}+)?\\s+(?:по\\s+(?:мнению|словам)\\s+\\p{L}+|по\\s+(?:статье|тексту))\\s*$",
    // (claims30) «как» / «как-то» before a verb after the topic, no comma or saying verb before it: «цены на нефть как
    // изменились …», «хамас как-то отреагировал …» (a claim's «как» compares: «позиционирует себя как посредник»).
    `(?<=[^,\\s]\\s{1,3})как(?<!${SAYING_BEFORE}\\s{0,3}как)(?:-то)?\\s+\\p{L}+(?:[аеиояы]л[аои]?|[аеияую]т)(?:сь|ся)?(?=$|[^\\p{L}])`,
  ].join("|"),
  "iu",
);

/**
 * (claims30) A topic named in Russian, no proposition of its own: «мид россии про прямой диалог …», «в статье пишут
 * про бывших россиян …» — «про» / «насчёт» before the topic, no «что» / «будто» / «якобы» clause and nothing denied
 * anywhere (a claim states: «путин сказал, что …», «… ничего не сказал про …»); and «а как же …» ("what about …").
 * route.ts asks that no full stop closes the message.
 */
export const RUSSIAN_TOPIC_ABOUT =
  /^(?!.*(?:^|[^\p{L}])(?:что|будто|якобы|мол|не|ни|нет|ничего|никогда)(?=$|[^\p{L}])).*(?:^|[^\p{L}])(?:про|насч[её]т)\s{1,3}\p{L}|(?:^|[^\p{L}])а\s{1,3}как\s{1,3}же(?=$|[^\p{L}])/iu;
