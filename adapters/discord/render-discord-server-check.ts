import { discordIds } from "./custom-id-codec.js";
import { buttonRows, buttonStyle, discordButton } from "./discord-components.js";
import { discordMessage } from "./discord-embeds.js";
import type { DiscordMessage } from "./discord-message.js";

/** The collector as it travels on Discord: a file, since its one-liner is longer than a message may be. */
export const collectorFileName = "rdp-fix-collector.ps1";

/**
 * "Check the server" on Discord: how to run the attached read-only collector, and a button that opens the
 * form to paste its one line back (a modal field holds 4,000 characters, as much as the line may be).
 */
export function renderDiscordServerCheck(sessionId: string): DiscordMessage {
  return discordMessage({
    content: [
      `**Check the server.** Copy the attached \`${collectorFileName}\` to the server and run it in **Windows PowerShell as administrator**:`,
      `\`powershell -ExecutionPolicy Bypass -File .\\${collectorFileName}\``,
      "It only reads (the RDP certificate and its key permissions, the RDP-Tcp settings, Schannel, the firewall rules, event counts of the last 24 hours) and reports no user names and no secrets.",
      "It prints one line starting with `RDPFIX1:`. Press **Paste the report** and paste that line; I will re-rank the causes with it.",
    ].join("\n"),
    components: buttonRows([
      discordButton(
        "Paste the report",
        discordIds.button({ kind: "paste-server-report" }, sessionId),
        buttonStyle.primary,
      ),
    ]),
  });
}
