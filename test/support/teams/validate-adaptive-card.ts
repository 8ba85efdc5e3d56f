import { createRequire } from "node:module";
import type * as AdaptiveCards from "adaptivecards";

// The package's ES modules import each other without file extensions, which Node refuses; its UMD bundle
// is the same code in one file and loads in Node without a DOM (parsing needs none, only rendering does).
const cards = createRequire(import.meta.url)("adaptivecards/dist/adaptivecards.js") as typeof AdaptiveCards;

/**
 * Checks a card with Microsoft's own Adaptive Cards SDK (`adaptivecards` 3.0.6, MIT) as a 1.5 card: every
 * parse event (unknown element or action type, a value outside a property's enum, a property newer than 1.5,
 * a missing type) and every validation failure (duplicate ids, empty collections, too many actions for the
 * default host config: 5) becomes a line; none means valid.
 *
 * This stands in for the official Adaptive Card 1.5 JSON Schema, which no npm package ships and this machine
 * cannot download. Unlike that schema it does not flag properties it does not know (the SDK ignores them),
 * nor the type of a property's value beyond enums and numbers.
 */
export function validateAdaptiveCard(card: unknown): string[] {
  const problems: string[] = [];
  if (typeof card !== "object" || card === null) return ["a card is a JSON object"];
  const { type, version } = card as { type?: unknown; version?: unknown };
  if (type !== "AdaptiveCard") problems.push(`type must be "AdaptiveCard", not ${JSON.stringify(type)}`);
  if (version !== "1.5")
    problems.push(`version must be "1.5" (Teams' Adaptive Cards), not ${JSON.stringify(version)}`);
  const context = new cards.SerializationContext(cards.Versions.v1_5);
  const parsed = new cards.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of parsed.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}
