// English: how people follow up, say yes/no questions, chat and slip. Patterns run on folded text (lower case,
// plain apostrophes, single spaces, no trailing punctuation); see fold() in language.ts.
import type { DialogueWords } from "./language.js";

const LEAD = "(?:(?:and|but|so|ok|okay|hmm|oh|well|right)[, ]+)?";
const AUX =
  "is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must|" +
  "isn't|aren't|wasn't|weren't|don't|doesn't|didn't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|shouldn't";

/** How the answer served, said with thanks: "that helps", "this was really useful", "makes sense". */
const HELPED =
  "(?:(?:that|this|it)(?:'s|s| is| was)? )?(?:(?:really|very|super|so) )?(?:helps|helped|helpful|useful|clear|clears it up|makes sense|perfect|great)";

export const ENGLISH: DialogueWords = {
  lang: "en",
  why: new RegExp(
    `^${LEAD}(?:why|y tho|y though|how come|why so|why's that|why is that|why was that|why would (?:he|they|it) do that|why did (?:he|they|it) do that|for what reason|what for|on what grounds|what is the reason|what's the reason|what was the reason|the reason|reason|for what|over what|because of what|based on what|on what basis|what makes (?:him|her|them|it) (?:say|think) (?:so|that)|so what|why should (?:i|we|anyone|anybody) care|what is the (?:significance|importance|point)(?: of (?:that|this|it))?|what's the (?:significance|importance)(?: of (?:that|this|it))?|what (?:does|do|did) (?:he|she|they|it) base (?:that|this|it) on|what (?:is|was|'s) (?:that|this|it) based on|what's (?:that|this|it) based on|(?:for|with) what (?:purpose|aim|goal)|what (?:is|was|'s) the (?:purpose|aim|goal)(?: of (?:that|this|it))?|what's the (?:purpose|aim|goal)(?: of (?:that|this|it))?|(?:it|that|this) was (?:made|set up|formed|created|founded) for what(?: purpose)?|what was (?:it|that|this) (?:made|set up|formed|created|founded) (?:for|to do)|what(?:'s| is| was) (?:it|that|this) for|what(?:'s| is) (?:his|her|their) (?:beef|problem|issue|gripe|complaint)(?: with (?:them|it|that|him|her|this))?)(?: though| tho| exactly| then)?$`,
  ),
  how: new RegExp(
    `^${LEAD}(?:how|how so|in what way|how exactly|how's that|how is that|by what means|how would that work|how would (?:he|they|it) do that)$`,
  ),
  where: new RegExp(
    `^${LEAD}(?:where|where exactly|where is that|in which places?|where does (?:that|it) happen|where to|to where|spread where|spill (?:over )?where)$`,
  ),
  when: new RegExp(
    `^${LEAD}(?:when|when exactly|when was that|when did (?:that|it|this) happen|since when)$`,
  ),
  more: new RegExp(
    `^${LEAD}(?:(?:can you |could you |please )?(?:tell me more|who else(?: is| are| was| were)?(?: (?:in|part of|on|involved in|a member of|members of) (?:it|that|this|them|there)| there| involved)?|anyone else|anybody else|which others|who are the others|the others|and the others|tell me more about (?:that|it|this)|more|go on|continue|elaborate|explain|meaning|meaning what|what do you mean|what does (?:that|this|it) mean|explain more|explain that|explain further|more details?|details|any more details|give me more|more info|more information|say more|keep going|tell me about (?:it|that)|more on that|go deeper|expand|expand on that|(?:a )?(?:bit |little )?longer(?: (?:one|version|answer))?|(?:give me |can i get )?(?:a )?longer (?:one|version|answer)|(?:is there )?(?:what|anything|something) (?:else|more)(?: (?:besides|apart from|other than|beyond|except|on top of) (?:that|this|it|those|these))?|what else does it say|is there more|and then|then what|what next|and then what|what then|so|and so|and|after that|and after that|what after that|what happens after that|what comes next|and next|next|(?:in )?what context|(?:in )?which context|context)(?: please| pls| exactly)?)$`,
  ),
  whoSaidThat: new RegExp(
    `^${LEAD}(?:who said (?:that|this|it|so)|who (?:voiced|articulated|expressed|stated|uttered|declared|phrased|worded|put) (?:that|this|it)(?: that way)?|who says (?:that|this|so)|says who|who claims (?:that|this)|whose words are (?:these|those|that|they)|whose words|who is saying (?:that|this)|who's saying (?:that|this)|who said those words|who told (?:that|you that)|where does it say that|source|sources|what is the source|what's the source|who is the source|whose idea(?: (?:was|is) (?:that|it|this))?|who(?:'s| is) making (?:that|this|the) (?:complaint|claim|criticism|point|argument|accusation)|who made (?:that|this) (?:complaint|claim|criticism|point|argument|accusation|statement)|whose (?:claim|view|statement|complaint|criticism|opinion|accusation) is (?:that|this))$`,
  ),
  isThatTrue: new RegExp(
    `^${LEAD}(?:is (?:that|this|it) (?:true|right|correct|so|a fact|really so|really true)|(?:is that|is it) really (?:so|true)|(?:did|does) (?:he|she|they|it) (?:really |actually |truly )?say (?:that|so|this|those words)|(?:is|was) that (?:really )?what (?:he|she|they|it) (?:said|says|meant)|really|are you sure|for real|seriously|true|no way|can that be true|is that accurate)$`,
  ),
  saidBy: [
    /^(?:is|was) (?:that|this|it) (?:really |actually )?(?:a quote |a statement |the words |something said |said )?(?:from|by|of) (.+?)$/,
    /^(?:did|does) (.+?) (?:really |actually )?(?:say|said|claim|claimed) (?:that|this|it|so|those words)$/,
    /^(?:was|is) (?:that|this|it) (.+?)(?: (?:speaking|talking|(?:who )?(?:said|says|saying|is saying|was saying) (?:that|it|this|so)))?$/,
    /^(?:are|were) (?:those|these|they) (.+?)(?:'s)? (?:words|quotes)$/,
    /^(?:is|was) (?:that|this|it) (.+?)(?:'s)? (?:own )?(?:quote|words|view|position|statement|opinion|stance|idea|proposal|suggestion|plan|initiative|take|claim|argument|assessment|line|fear|worry|warning)$/,
    /^(?:is|was) (?:that|this|it) (?:what|how) (.+?) (?:said|says|put it|meant|argued|argues|claimed|claims|thinks|thought|believes|believed|proposes|proposed|suggests|suggested|states|stated|warns|warned|fears|feared)$/,
    /^(?:did|does) (.+?) (?:propose|suggest|come up with|think|believe) (?:that|this|it)$/,
    /^who said (?:that|this|it),? (?:was it |is it )?(.+?)(?: himself| herself| themselves)?$/,
    // "who exactly said it, lavrov?", "which official said that, zakharova?": the asker's guess after the question.
    /^(?:who|which (?:official|person|minister|diplomat|spokes(?:man|woman|person)|one))(?: exactly| specifically| precisely)? (?:said|says|made|gave|issued) (?:that|this|it|the statement|that statement)(?: exactly| specifically)?,? (?:was it |is it |maybe |probably )?(.+?)(?: himself| herself)?$/,
    /^(?:did|does|has) (.+?) (?:say|said|comment|comment on|mention|mentioned) (?:anything|something) (?:about|on) (?:that|this|it)$/,
  ],
  switchTo: new RegExp(
    `^${LEAD}(?:what about|how about|and what about|what of|and|about|regarding|as for|and how about|same for|same question for|and for)\\s+(.+)$`,
  ),
  lastObject:
    /^(.*\s(?:about|with|on|for|to|towards|toward|against|regarding|over|in)\s)(?!.*\s(?:about|with|on|for|to|towards|toward|against|regarding|over|in)\s).+$/,
  questionStart: new RegExp(`^(?:who|whom|whose|what|which|why|when|where|how|${AUX})(?:\\s|$)`),
  personPronouns: /(?<![\p{L}'])(he|him|his|himself|she|her|hers|herself)(?![\p{L}'])/gu,
  groupPronouns: /(?<![\p{L}'])(they|them|their|theirs|themselves)(?![\p{L}'])/gu,
  thingPronouns: /(?<![\p{L}'])(it|its)(?![\p{L}'])/gu,
  thatPerson:
    /(?<![\p{L}'])(?:that|this|the|the other) (?:guy|man|person|leader|fellow|dude|gentleman|president|one)(?![\p{L}'])/gu,
  whyLead: /^(?:(?:and|but|so|ok|okay)[, ]+)?why(?: on earth)? /,
  howLead: /^(?:(?:and|but|so|ok|okay)[, ]+)?how /,
  askSwitch: /^(?:and|but|so|ok|okay|then)[, ]+(why|how|where|when|who|what) (?:about )?(.+)$/,
  emptyWords: new Set(
    "so really exactly then though even ever actually still matter matters mattered important importance needed necessary needs need significant relevant crucial useful notable noteworthy remarkable striking stand stands out worth noting mentioning would could should that this claim claims claimed argue argues insist insists suggest suggests do does did try tries tried trying show shows showed shown prove proves proved demonstrate demonstrates make makes made manage manages plan plans planning intend intends going to so that this a an object objects objected objecting problem problems problematic issue bad wrong harmful against mind care cares upset unhappy complain complains complaining fault at criticize criticizes criticise criticises oppose opposes dislike dislikes hold holds held responsible accountable blame blames blamed worried concerned afraid scared fear fears he's they're it's that's".split(
      " ",
    ),
  ),
  yesNo: new RegExp(
    `^(?:(?:and|so|but|ok|okay|well|then|right|fine|alright|sure|yeah|hmm|oh|ah|lol|yo|hey|wait)[,.!]*[ ]+){0,2}(?:${AUX})\\s`,
  ),
  alternative: /\bor\b(?! not\b)(?! no$)/,
  compoundSplit: new RegExp(
    `\\?\\s+(?=\\S)|[;]\\s*|,?\\s+(?:and|also|plus|and also)\\s+(?=(?:who|whom|whose|what|why|how|when|where|which|${AUX})\\s)`,
  ),
  leadingQuestionWord:
    /^(?:who|whom|what|which|where|when)\s+(?=(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would)\s)/,
  fillers:
    /(?<![\p{L}'])(?:yo|lol|lmao|rofl|haha+|hehe+|bruh|bro|dude|man|pls|plz|please|hey|hi|hello|ok|okay|um+|uh+|hmm+|btw|tbh|ngl|fr|like|here|there|tell me|i wonder|i was wondering|can you tell me|could you tell me|do you know|any idea|quick question)(?![\p{L}'])/gu,
  smallTalk: [
    [
      "greeting",
      /^(?:hi|hello|hey|hiya|howdy|yo|heya|hallo|greetings|sup|what's up|whats up|good (?:morning|afternoon|evening|day))(?: (?:there|bot|again|everyone|all|friend|mate|buddy))?$/,
    ],
    [
      "thanks",
      // "thanks that helps", "that helped, thx", "ok got it thanks": thanks with a word of how the answer served
      // (dialog39; it was read as a follow-up and the last card came again).
      new RegExp(
        `^(?:(?:ok|okay|great|cool|nice|perfect|awesome|got it|${HELPED})[, ]+)?(?:thanks?|thank you|thank u|thx|ty|tysm|cheers|much appreciated|appreciate it|thanks a lot|thanks so much|thank you so much|many thanks|thanks for (?:that|the answer|your help|the help))(?: (?:bot|a lot|so much|very much|again|mate|buddy))?(?:[, ]+(?:${HELPED}|got it))?$|^(?:(?:that|this|it)(?:'s|s| is| was)? (?:(?:really|very|super|so) )?(?:helps|helped|helpful|useful)|(?:really |very |super )?(?:helpful|useful))(?: (?:a lot|a bunch|indeed))?$`,
      ),
    ],
    [
      "goodbye",
      /^(?:bye|bye bye|goodbye|good bye|see you|see ya|cya|later|good night|gotta go|that's all|that is all|i'm done|im done)(?: (?:bot|then|for now|now|later))?$/,
    ],
    [
      "how-are-you",
      /^(?:how are you|how are you doing|how's it going|hows it going|how r u|how are u|you ok|are you ok|how do you do)(?: today| bot)?$/,
    ],
    [
      // "what's 2+2", "tell me a joke": an aside mid-chat; the context stays for the next question.
      "aside",
      /^(?:(?:and|ok|okay|so|btw|also|now|lol)[, ]+)*(?:(?:what's|whats|what is|how much is|calculate|compute)\s?)?\d{1,6}\s?[-+*/x×÷]\s?\d{1,6}(?:\s?=)?$|^(?:(?:and|ok|okay|so|btw|also|now|lol)[, ]+)*(?:(?:tell me|tell us|know|got|say|do you know|can you tell me|give me)\s)?(?:a |any |another |one more )?(?:funny )?jokes?$/,
    ],
    [
      "identity",
      /^(?:who are you|what are you|who r u|are you a (?:bot|robot|human|person|machine|real person|ai)|are you (?:human|real|ai|chatgpt|gpt)|is this a bot|what is your name|what's your name|whats your name|who made you|who built you|who created you|who wrote you|what is this bot|what's this bot|what is this|what bot is this)$/,
    ],
    [
      "abilities",
      /^(?:what can you do|what do you do|what do you know|what can i ask(?: you)?|what should i ask(?: you)?|what are you for|what are you good for|how does this work|how do i use (?:this|you|this bot)|how do you work|help|help me|i need help|commands|menu|options|what can you tell me|what do you know about|what are you able to do|what topics do you know|what questions can you answer)$/,
    ],
    [
      "insult",
      /(?<![\p{L}])(?:stupid|idiot|idiotic|dumb|dumbass|useless|moron|morons|sucks|suck|garbage|trash|worthless|pathetic|shut up|hate you|fuck|fucking|f off|screw you|crap|crappy|lame|bullshit|shit|shitty|bad bot|terrible bot|worst bot|you're bad|you are bad)(?![\p{L}])/u,
    ],
    ["laughter", /^(?:lol|lmao|rofl|haha+|hehe+|ha ha|ha|xd|[😂🤣😆😅]+)$/u],
    [
      "acknowledgement",
      /^(?:ok|okay|k|kk|got it|i see|alright|all right|sure|fine|understood|cool|nice|great|interesting|wow|hmm+|good|yep|yeah|yes|no|nope|right|makes sense|fair enough|noted|ah|oh|ah ok|oh ok|oh i see)$/,
    ],
  ],
  templates: {
    why: (q) => `why ${q}`,
    how: (q) => `how ${q}`,
    where: (q) => `where ${q}`,
    when: (q) => `when ${q}`,
    speakerAbout: (speaker, topic) =>
      topic ? `what did ${speaker} say about ${topic}` : `what did ${speaker} say`,
    articleAbout: (topic) => `what does the article say about ${topic}`,
    whoSaidThat: "who said that",
    isThatTrue: "is that true",
    saidBy: (speaker) => `did ${speaker} say that`,
    more: (title) => `tell me more about this: ${title}`,
  },
  possessive: (name) => `${name}'s`,
  /** Words that carry no topic: question words, auxiliaries, frames, articles. */
  frameWords: new Set(
    `who whom whose what which why when where how is are was were do does did has have had can could will would
    should shall may might must be been being about on of to for in at by with say says said saying tell
    told think thinks thought want wants wanted view views opinion position stance mean means meant believe
    believes feel feels position statement statements react respond responded comment commented and or so
    that this it its any anything something many much number exactly so far mention mentions mentioned article story piece text report reported`.split(
      /\s+/,
    ),
  ),
  insultNeedsAddressee: /(?<![\p{L}])(?:you|your|you're|ur|u|bot|this thing|this app)(?![\p{L}])/u,
};
