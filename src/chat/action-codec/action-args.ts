import type { FixOutcome } from "../../engine/index.js";
import { actionFields, isSessionActionKind, type SessionAction } from "./action-fields.js";

/** How a platform spells the two choices an action can carry (Slack `allow`/`deny`, Discord `y`/`n`). */
export interface ChoiceSpelling {
  allow: Readonly<Record<"true" | "false", string>>;
  outcome: Readonly<Record<FixOutcome, string>>;
}

/** Reads one id segment back: itself when plain, or whatever the platform made of it (a hash). */
export type ReadFlowId = (segment: string) => { id: string } | { error: string };

type Fields = Record<string, string | boolean>;

/** The args of `action` in wire order; `writeId` lets a platform shorten flow ids (Discord hashes them). */
export function actionArgs(
  action: SessionAction,
  spelling: ChoiceSpelling,
  writeId: (id: string) => string = (id) => id,
): string[] {
  const fields = action as unknown as Fields;
  return actionFields[action.kind].map((field) => {
    const value = fields[field];
    if (field === "allow") return spelling.allow[value ? "true" : "false"];
    if (field === "outcome") return spelling.outcome[value as FixOutcome];
    return writeId(String(value));
  });
}

/**
 * The action of `kind` whose args these are, or an error. Never throws. The choices are checked before any
 * id is read, so a click with a wrong count or spelling is "malformed" whatever its ids say.
 */
export function actionFromArgs(
  kind: string,
  args: readonly string[],
  spelling: ChoiceSpelling,
  readId: ReadFlowId,
): SessionAction | { error: string } {
  if (!isSessionActionKind(kind)) return malformed;
  const fields: readonly string[] = actionFields[kind];
  if (args.length !== fields.length) return malformed;
  const read: Fields = {};
  for (const [i, field] of fields.entries()) {
    if (field !== "allow" && field !== "outcome") continue;
    const choice = Object.entries(spelling[field]).find(([, spelled]) => spelled === args[i])?.[0];
    if (choice === undefined) return malformed;
    read[field] = field === "allow" ? choice === "true" : choice;
  }
  for (const [i, field] of fields.entries()) {
    if (field === "allow" || field === "outcome") continue;
    const id = readId(args[i] ?? "");
    if ("error" in id) return id;
    read[field] = id.id;
  }
  // Fields in the action's own order, whatever order they were checked in.
  const action: Fields = { kind };
  for (const field of fields) action[field] = read[field] ?? "";
  return action as unknown as SessionAction;
}

const malformed = { error: "malformed rdp-fix action" } as const;
