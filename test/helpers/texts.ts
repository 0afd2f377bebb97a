// The bot's fixed texts as tests expect them: EN("apology"), RU("apology"), straight from locales/*.ftl.
import { textsIn } from "../../src/bot/i18n.js";

export const EN = textsIn("en").t;
export const RU = textsIn("ru").t;
