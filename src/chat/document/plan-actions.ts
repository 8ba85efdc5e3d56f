import type { ChatAction } from "../../runtime/chat-action.js";
import { buttonSession } from "../action-codec/button-session.js";
import { inGroupsOf } from "./in-groups-of.js";
import type { DocumentButton, DocumentSelect } from "./reply-document.js";

type AnswerAction = Extract<ChatAction, { kind: "answer" }>;

/**
 * How a platform writes clicks down: each id is what the click brings back, and must be unique in a message.
 * Undefined means the platform cannot write it (too long, or it would not decode back to the same action), so
 * there is no such button, menu or option rather than one that does the wrong thing or gets the message refused.
 */
export interface ActionIds {
  button(action: ChatAction, session: string): string | undefined;
  /** The menu of a question's answers, `page` counted from 1; a platform with one menu a question has no page 2. */
  menu(questionId: string, session: string, page: number): string | undefined;
  /** An answer as an option's value in the menu `menuId`. */
  option(action: AnswerAction, menuId: string): string | undefined;
  /** How many options one menu holds: the answers fill as many menus as the platform has pages for. */
  menuOptions: number;
}

export interface PlannedButton {
  button: DocumentButton;
  id: string;
  /** The session the click acts in ("" for the triage offer, which starts one). */
  session: string;
}

export interface PlannedMenu {
  select: DocumentSelect;
  id: string;
  session: string;
  questionId: string;
  options: Array<{ label: string; value: string }>;
  /** Which of the question's menus this is: its answers start at `first` of the select's options. */
  page: { first: number; count: number; of: number };
}

/**
 * The buttons in a row up to a menu of the document (or its end), then that menu's pages (none when it could
 * not be written): where the document's menu stood, a platform that draws in order starts a new group.
 */
export interface ActionRun {
  buttons: PlannedButton[];
  menus: PlannedMenu[];
}

/**
 * An actions block as the buttons and menus a platform shows, in the document's order, decided once for
 * every platform: no button without a session to act in (see buttonSession), none the platform cannot write,
 * and never a second one with an id already in the message (`used`, shared by the message's blocks), which
 * Slack and Discord would refuse. A menu of answers is paged into menus of `menuOptions`; a page with no
 * option the platform can write is left out. Each adapter only draws what this returns.
 */
export function planActions(
  items: ReadonlyArray<DocumentButton | DocumentSelect>,
  sessionId: string | undefined,
  ids: ActionIds,
  used: Set<string>,
): ActionRun[] {
  const claim = (id: string | undefined): id is string => {
    if (id === undefined || used.has(id)) return false;
    used.add(id);
    return true;
  };
  let run: ActionRun = { buttons: [], menus: [] };
  const runs = [run];
  for (const item of items) {
    if (item.type === "select") {
      if (sessionId !== undefined) run.menus = menus(item, sessionId, ids, claim);
      run = { buttons: [], menus: [] };
      runs.push(run);
      continue;
    }
    const session = buttonSession(item.action, sessionId);
    const id = session === undefined ? undefined : ids.button(item.action, session);
    if (session !== undefined && claim(id)) run.buttons.push({ button: item, id, session });
  }
  return runs;
}

function menus(
  select: DocumentSelect,
  session: string,
  ids: ActionIds,
  claim: (id: string | undefined) => boolean,
): PlannedMenu[] {
  const first = select.options[0]?.action;
  if (first?.kind !== "answer") return [];
  const pages = inGroupsOf(select.options, ids.menuOptions);
  return pages.flatMap((chunk, index): PlannedMenu[] => {
    const id = ids.menu(first.questionId, session, index + 1);
    if (id === undefined) return [];
    const options = chunk.flatMap(({ label, action }) => {
      const value = action.kind === "answer" ? ids.option(action, id) : undefined;
      return value === undefined ? [] : [{ label, value }];
    });
    if (options.length === 0 || !claim(id)) return [];
    const page = { first: index * ids.menuOptions, count: chunk.length, of: pages.length };
    return [{ select, id, session, questionId: first.questionId, options, page }];
  });
}
