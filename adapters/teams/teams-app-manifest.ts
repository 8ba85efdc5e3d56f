import { type CommandName, commandCatalogue, writeExample } from "../../src/chat/command-catalogue.js";
import { cutAtWord } from "../../src/chat/document/cut-at-word.js";
import { writeTextCommand } from "../../src/chat/write-text-command.js";

export interface TeamsManifestInput {
  /** The bot's app (client) id; also the Teams app's id, so one id names the app everywhere. */
  clientId: string;
  /** rdp-fix's version, as the app's version (Teams wants a newer one for every upload). */
  version: string;
  /** Where people learn about this deployment; also used for the privacy and terms links Teams requires. */
  websiteUrl: string;
}

/** The manifest schema this package is written for (vendored under schemas/vendor/teams and tested against it). */
export const teamsManifestVersion = "1.25";

/**
 * The command menu's bounds. The v1.25 schema allows 12 commands, titles of 128 and descriptions of 4,000
 * characters; earlier manifest versions and the menu's documentation allow 10, 32 and 128: the stricter
 * bounds fit every Teams client.
 */
const commandMenu = { commands: 10, title: 32, description: 128 } as const;

// The menu inserts a title after the mention, so examples are written as typed after `@rdp-fix`.
const afterMention = writeTextCommand("<host>");

/**
 * The shared catalogue as Teams' command menu: each command as typed after the mention, its usual example and
 * what it does. Starting needs no word, but a menu item does: readTextCommand reads `diagnose host42` too.
 */
function commandHints(leaveOut: readonly CommandName[] = []) {
  return commandCatalogue
    .filter((command) => !leaveOut.includes(command.name))
    .slice(0, commandMenu.commands)
    .map(({ name, words, description, helpExamples }) => {
      const title = words || "diagnose";
      const written = writeExample(afterMention, name, helpExamples[0] ?? []);
      const example = words ? written : `${title} ${written}`;
      const hint = example === title ? description : `${example}: ${description}`;
      return {
        title: cutAtWord(title, commandMenu.title),
        description: cutAtWord(hint, commandMenu.description),
      };
    });
}

/**
 * The Teams app manifest: one bot for personal chats, teams and group chats, with command hints, and the
 * resource-specific permission ChannelMessage.Read.Group so the bot reads channel posts (triage) and pasted
 * reports without being mentioned.
 */
export function teamsAppManifest({ clientId, version, websiteUrl }: TeamsManifestInput) {
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${teamsManifestVersion}/MicrosoftTeams.schema.json`,
    manifestVersion: teamsManifestVersion,
    version,
    id: clientId,
    developer: { name: "rdp-fix", websiteUrl, privacyUrl: websiteUrl, termsOfUseUrl: websiteUrl },
    name: { short: "rdp-fix", full: "rdp-fix: Remote Desktop connection diagnosis" },
    description: {
      short: "Diagnose Remote Desktop error 0x904 and its family",
      full:
        'Mention @rdp-fix with a host ("@rdp-fix host42 0x904 since monday") in a channel, or write to it in ' +
        "a chat: it asks a few questions, probes the host with your consent (DNS, TCP 3389, RDP security, " +
        "TLS, the certificate, UDP) and replies in the thread with ranked causes, the evidence and exact fixes. " +
        "It also offers help on channel posts that report error 0x904.",
    },
    icons: { outline: "outline.png", color: "color.png" },
    accentColor: "#0063B1",
    bots: [
      {
        botId: clientId,
        scopes: ["personal", "team", "groupChat"],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [
          // A hand-over needs someone else in the conversation: not offered in a chat with the bot alone.
          { scopes: ["personal"], commands: commandHints(["handoff"]) },
          { scopes: ["team", "groupChat"], commands: commandHints() },
        ],
      },
    ],
    validDomains: [],
    // RSC needs the app's AAD id; `resource` is not used for RSC but the manifest wants one.
    webApplicationInfo: { id: clientId, resource: `api://botid-${clientId}` },
    authorization: {
      permissions: { resourceSpecific: [{ name: "ChannelMessage.Read.Group", type: "Application" }] },
    },
  };
}
