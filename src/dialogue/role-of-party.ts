// «а про роль америки?» after what Putin says of the civilian deaths: the role of a party other than Russia,
// switched into "what does Putin say about …", is what he says about that party (the failed US policy). Read with
// «роль», the Russian question drew the card on Russia's own role (Putin's silence on it), whose "role" word
// outweighed the party. Russia's own role stays as typed (that silence is its answer).
import { countryOf } from "./countries.js";

const RU_ROLE = /^(?:рол(?:ь|и|ью)|участи(?:е|я|ю|и))\s+(\p{L}+)$/u;
const EN_ROLE =
  /^(?:(?:the\s+)?(\p{L}+?)(?:'s|s')?\s+(?:role|part)|(?:the\s+)?(?:role|part)\s+of\s+(?:the\s+)?(\p{L}+))$/u;

/** The party a switched "X's role" / «роль X» names (not Russia), or the topic as it came. */
export function partyForRole(topic: string): string {
  const t = topic.trim();
  const m = RU_ROLE.exec(t) ?? EN_ROLE.exec(t);
  const party = m ? (m[1] ?? m[2]) : undefined;
  const country = countryOf(party);
  return party && country && country !== "russia" ? party : topic;
}
