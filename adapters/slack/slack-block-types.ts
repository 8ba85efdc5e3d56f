import type { types } from "@slack/bolt";

/** The Block Kit shapes the renderers build, named once so no pure module imports the SDK at runtime. */
export type KnownBlock = types.KnownBlock;
export type SectionBlock = types.SectionBlock;
export type ContextBlock = types.ContextBlock;
export type ActionsBlock = types.ActionsBlock;
export type ActionsBlockElement = types.ActionsBlockElement;
export type Button = types.Button;
export type StaticSelect = types.StaticSelect;
export type PlainTextOption = types.PlainTextOption;
