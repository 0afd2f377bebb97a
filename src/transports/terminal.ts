// The terminal chat: the very same bot, its Bot API answered in-process. Replies are printed readably, buttons
// numbered (typing the number presses one). With piped input it reads one message a line and ends at EOF.
import { createInterface } from "node:readline";
import { type ApiClientOptions, type Bot, BotError } from "grammy";
import type { Chat, Message, User, UserFromGetMe } from "grammy/types";
import type { Lang } from "../answering/types.js";
import { languageOfCode, textsIn } from "../bot/i18n.js";
import { type BotContext, setCommandMenu } from "../bot/index.js";
import type { Logger } from "../logger.js";
import { LocalBotApi, type LocalEvent } from "./local-bot-api.js";
import { callbackQueryUpdate, type LocalChat, localBotInfo, textMessageUpdate } from "./local-updates.js";
import {
  INLINE_QUERY,
  inlineQueryUpdate,
  type OfferedCard,
  offeredCards,
  renderOffer,
  renderSent,
} from "./terminal-inline.js";
import {
  type NumberedButton,
  renderButtons,
  renderHtmlForTerminal,
  type TerminalStyle,
} from "./terminal-render.js";

/** grammY needs a token; this one never leaves the process. */
export const TERMINAL_TOKEN = "0:terminal-chat";

export const TERMINAL_BOT_INFO = localBotInfo(1000, "story_qa_bot", true);

// Greeted as "Hi, there!": the terminal has no Telegram name to use.
const TERMINAL_USER: User = { id: 1, is_bot: false, first_name: "there" };
const TERMINAL_CHAT: Chat.PrivateChat = { id: 1, type: "private", first_name: "there" };

/** The terminal's language, as its locale says (LC_ALL, LC_MESSAGES, LANG: "ru_RU.UTF-8"); null if not spoken. */
export function terminalLanguage(env: NodeJS.ProcessEnv = process.env): Lang | null {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return languageOfCode(locale?.split(".", 1)[0]);
}

export interface TerminalChatOptions {
  createBot: (options: {
    token: string;
    botInfo: UserFromGetMe;
    client: ApiClientOptions;
  }) => Bot<BotContext>;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Standard input is a TTY: prompt, greet with /start, and show ANSI styles if `style.color`. */
  interactive: boolean;
  style: TerminalStyle;
  logger: Logger;
  /** The chat's language, as a Telegram client's language_code would give it; by default the terminal's locale. */
  language?: Lang | null;
}

export interface TerminalChat {
  /** Resolves when the input ends (EOF, Ctrl+D) or stop() was called, after the message in hand is answered. */
  done: Promise<void>;
  /** Stops reading; the message being answered is finished first. */
  stop: () => Promise<void>;
}

export function startTerminalChat(options: TerminalChatOptions): TerminalChat {
  const { input, output, interactive, logger } = options;
  const language = options.language === undefined ? terminalLanguage() : options.language;
  const texts = textsIn(language ?? "en");
  const printer = new TerminalPrinter(output, options.style, texts.t);
  const localApi = new LocalBotApi(TERMINAL_BOT_INFO, TERMINAL_CHAT, (event) => printer.print(event));
  const bot = options.createBot({
    token: TERMINAL_TOKEN,
    botInfo: TERMINAL_BOT_INFO,
    client: { fetch: localApi.fetch },
  });
  // "there" makes sense only in English ("Hi, there!"); in another language the greeting goes without a name.
  const user: User =
    language && language !== "en"
      ? { ...TERMINAL_USER, first_name: "", language_code: language }
      : TERMINAL_USER;
  const chat: LocalChat = { chat: TERMINAL_CHAT, user };
  const lines = createInterface({
    input,
    ...(interactive && { output }),
    terminal: interactive,
    crlfDelay: Infinity,
  });
  lines.on("SIGINT", () => lines.close());
  let nextUpdateId = 1;

  const handle = async (text: string) => {
    const number = /^\d{1,3}$/.test(text) ? Number(text) : undefined;
    // A card offered by "@inline …" is sent by the user, not the bot: it only shows up in the chat.
    if (number !== undefined && printer.sendOffered(number)) return;
    const pressed = number === undefined ? undefined : printer.pressed(number);
    const inline = INLINE_QUERY.exec(text);
    printer.startTurn();
    const update = pressed
      ? callbackQueryUpdate(nextUpdateId++, chat, pressed.data, pressed.message)
      : inline
        ? inlineQueryUpdate(nextUpdateId++, user, TERMINAL_CHAT, (inline[1] ?? "").trim())
        : textMessageUpdate(nextUpdateId++, localApi.allocateMessageId(), chat, text);
    try {
      await bot.handleUpdate(update);
    } catch (error) {
      if (error instanceof BotError) await bot.errorHandler(error);
      else logger.error({ err: error }, "the terminal chat could not handle a message");
    }
  };

  const done = (async () => {
    await setCommandMenu(bot.api, logger);
    if (interactive) {
      output.write(`${texts.t("terminal-intro")}\n\n`);
      await handle("/start");
      lines.setPrompt("you › ");
      lines.prompt();
    }
    for await (const line of lines) {
      const text = line.trim();
      if (text !== "") {
        if (!interactive) output.write(`> ${text}\n`);
        await handle(text);
      }
      if (interactive) lines.prompt();
    }
  })();

  return {
    done,
    stop: async () => {
      lines.close();
      await done;
    },
  };
}

interface PressableButton {
  data: string;
  message: Message;
}

/** Prints what the bot does and remembers which number presses which button (the latest buttons win). */
class TerminalPrinter {
  private buttons = new Map<number, PressableButton>();
  private numberedThisTurn = 0;
  /** The cards the last "@inline" offered; numbers pick one of them until new buttons are printed. */
  private offered: OfferedCard[] = [];

  constructor(
    private readonly output: NodeJS.WritableStream,
    private readonly style: TerminalStyle,
    private readonly t: (key: string) => string,
  ) {}

  startTurn(): void {
    this.numberedThisTurn = 0;
  }

  pressed(number: number): PressableButton | undefined {
    return this.buttons.get(number);
  }

  /** Prints offered card `number` as sent into the chat; false when no card has that number. */
  sendOffered(number: number): boolean {
    const card = this.offered[number - 1];
    if (!card) return false;
    this.output.write(`${renderSent(card, TERMINAL_BOT_INFO.username, this.style)}\n\n`);
    return true;
  }

  print(event: LocalEvent): void {
    if (event.kind === "notice") {
      this.output.write(`(${event.text})\n\n`);
      return;
    }
    if (event.kind === "inline") {
      this.offered = offeredCards(event.results);
      this.buttons = new Map();
      this.output.write(`${renderOffer(this.offered, this.t)}\n\n`);
      return;
    }
    const { message } = event;
    const text = event.html ? renderHtmlForTerminal(message.text, this.style) : message.text;
    const keyboard = this.numberButtons(message);
    const edited = event.kind === "edit" ? "(edited)\n" : "";
    this.output.write(`${edited}${text}\n${keyboard ? `${keyboard}\n` : ""}\n`);
  }

  private numberButtons(message: Message): string {
    const rows = message.reply_markup?.inline_keyboard ?? [];
    if (rows.length === 0) return "";
    // Buttons printed in the turn replace the ones before, and their numbers start again at 1.
    if (this.numberedThisTurn === 0) {
      this.buttons = new Map();
      this.offered = [];
    }
    const numbered: NumberedButton[][] = rows.map((row) =>
      row.flatMap((button) => {
        if (!("callback_data" in button)) return [];
        const number = ++this.numberedThisTurn;
        this.buttons.set(number, { data: button.callback_data, message });
        return [{ number, button }];
      }),
    );
    return renderButtons(numbered);
  }
}
