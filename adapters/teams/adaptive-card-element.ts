/** An Adaptive Card element or action as JSON: the converter writes only what 1.5 defines (tests validate it). */
export interface CardElement {
  type: string;
  [property: string]: unknown;
}

/** A reply as Teams takes it: one Adaptive Card 1.5 attachment on a message activity. */
export interface TeamsActivity {
  type: "message";
  attachments: [{ contentType: "application/vnd.microsoft.card.adaptive"; content: AdaptiveCard }];
}

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json";
  version: "1.5";
  /** Shown by a client that cannot render the card, and in notifications: the reply's one-line summary. */
  fallbackText: string;
  body: CardElement[];
}

/** A card's elements as the message that carries them. */
export function cardActivity(body: CardElement[], fallbackText: string): TeamsActivity {
  const content: AdaptiveCard = {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    fallbackText,
    body,
  };
  return {
    type: "message",
    attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content }],
  };
}
