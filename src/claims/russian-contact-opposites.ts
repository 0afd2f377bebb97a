// Russian opposites about the talks and the ties between the parties, for claims written in Russian: helped or
// hindered, kept open or closed, lasting or temporary, resumed or paused, ties gone bad, kept away from. Split from
// russian-opposites.ts at the size line; they take a side like its stance pairs and stand after them, in this
// order, in RUSSIAN_OPPOSITES (read by the Russian stem, russian-units.ts).
export const RUSSIAN_CONTACT_OPPOSITES: [string[], string[]][] = [
  // (claims42) Help against hindrance, as English facilitate / block: «квартет, созданный для содействия …
  // переговорам» said to be made «чтобы контролировать / тормозить переговоры» puts a word of its own in that place.
  [
    [
      "содействия",
      "содействие",
      "содействовать",
      "содействует",
      "посодействовать",
      "способствовать",
      "способствует",
      "помочь",
      "помогать",
      "помогает",
      "помощь",
      // Taking part in the talks is on the side of helping them («квартет участвует в переговорах», a yes of
      // dialogues-own20); not the noun «участие» (¶4's «Участие России …»), whose stem is another.
      "участвует",
      "участвуют",
      "участвовать",
      "участвовал",
    ],
    [
      "препятствовать",
      "препятствует",
      "мешать",
      "мешает",
      "помешать",
      "блокировать",
      "блокирует",
      "тормозить",
      "тормозит",
      "затруднить",
      "затрудняет",
      "саботировать",
      "саботирует",
    ],
  ],
  [
    ["открытую", "открытая", "поддерживает связь", "сохраняет"],
    [
      "разорвал",
      "разорвала",
      "разорвали",
      "прервал",
      "прервала",
      "прервали",
      "закрытую",
      "приостановил",
      "оборвал",
      // «закрыл связь», «свернул контакты» (closed, wound down): against the open communication (claims32; a
      // paraphrase before, the verb lined up with nothing and took no side).
      "оборвала",
      "оборвали",
      "закрыл",
      "закрыла",
      "закрыло",
      "закрыли",
      "закрывает",
      "закрывают",
      "свернул",
      "свернула",
      "свернуло",
      "свернули",
      "сворачивает",
      "сворачивают",
      "обрубил",
      "обрубила",
      "обрубили",
      "перекрыл",
      "перекрыла",
      "перекрыли",
    ],
  ],
  [
    ["прочного", "прочное", "долгосрочного", "устойчивого", "постоянного"],
    ["временного", "временное", "хрупкого", "краткосрочного"],
  ],
  [
    [
      "возобновления",
      "возобновление",
      "возобновить",
      "возобновлению",
      "продолжения",
      "вернуться",
      "возвращение",
    ],
    // A pause of the talks against their resumption ("поставить на паузу", "приостановить"; quality53).
    [
      "заморозки",
      "заморозить",
      "сворачивания",
      "свернуть",
      "отмены",
      "паузу",
      "приостановить",
      "приостановки",
      "приостановку",
    ],
  ],
  // (claims40) Kept away from: «прямого диалога следует избегать», «Кремль избегает контактов» of a passage that
  // establishes or maintains it (the verb's stem: every form).
  // (claims40) Ties gone bad: «напряжённые / натянутые / враждебные отношения с Израилем» of "shares common ground
  // with Israel" (it was altered only by the «большого» before «числа» that joinRussianPhrasalVerbs now reads away).
  [[], ["напряжённые", "напряженные", "натянутые", "враждебные", "испорченные"]],
  // Not «уклоняется»: "уклоняется от мирных усилий" is a deed replaced, its card naming the passage's ground
  // (unbacked-core.ts).
  [[], ["избегать", "избегает", "избегают", "избегал", "избежать"]],
];
