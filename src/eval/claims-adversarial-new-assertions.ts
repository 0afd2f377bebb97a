// On-topic assertions for the adversarial generator that the article does not make (every one "not in article").

/** On-topic sentences that assert what the article does not: shared names and topic, new content. */
export const NEW_PREDICATES = [
  "announced new sanctions against Israel",
  "accused Iran of arming Hamas",
  "called for an emergency session of the UN Security Council",
  "said the death toll in Gaza has passed ten thousand",
  "offered to host Israeli-Palestinian peace talks in Moscow",
  "met Israeli Prime Minister Benjamin Netanyahu in Moscow",
  "said Russia will send troops to the region",
  "demanded the release of all hostages held in Gaza",
  "warned that oil prices will rise because of the war",
  "said the Quartet will meet next month in Cairo",
  "praised Egypt for opening the Rafah crossing",
  "said civilian casualties in Gaza were exaggerated",
  "said the ceasefire should be monitored by UN peacekeepers",
  "said Russia will recognize a Palestinian state next year",
  "blamed Hamas for starting the war",
];
