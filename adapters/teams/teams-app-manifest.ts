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
 * The Teams app manifest: one bot for personal chats, teams and group chats, with command hints, and the
 * resource-specific permission ChannelMessage.Read.Group so the bot reads channel posts (triage) and pasted
 * reports without being mentioned.
 */
export function teamsAppManifest({ clientId, version, websiteUrl }: TeamsManifestInput) {
  const diagnose = {
    title: "diagnose",
    description: "diagnose host42 [what you see]: probe the host (with your consent) and rank the causes",
  };
  const help = { title: "help", description: "How to use rdp-fix" };
  const handoff = {
    title: "handoff",
    description: "handoff @someone: hand the diagnosis in this thread over",
  };
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
          { scopes: ["personal"], commands: [diagnose, help] },
          { scopes: ["team", "groupChat"], commands: [diagnose, handoff, help] },
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
