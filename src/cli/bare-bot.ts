// The yardstick for the cold-start bench: a bare grammY bot that long-polls and answers any message. It imports
// nothing of ours. Run by bench-cold-start.ts with BOT_TOKEN and BOT_API_ROOT set.
import { Bot } from "grammy";

const bot = new Bot(process.env.BOT_TOKEN ?? "", { client: { apiRoot: process.env.BOT_API_ROOT } });
bot.on("message", (ctx) => ctx.reply("ok"));
process.once("SIGTERM", () => void bot.stop());
await bot.start();
