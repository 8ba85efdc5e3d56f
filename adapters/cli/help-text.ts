import type { HelpTopic } from "./parse-command-line.js";

const overview = `rdp-fix: find out why Remote Desktop refuses to connect (0x904 / extended 0x7 and family).

Usage:
  rdp-fix diagnose <host> [--port N] [--describe TEXT] [--answer QUESTION=ANSWER ...] [--evidence FILE] [--no-probe] [--yes] [--all] [--json | --jsonl]
  rdp-fix probe <host> [--port N] [--json]
  rdp-fix demo [fault]
  rdp-fix flows check [dir]
  rdp-fix serve
  rdp-fix discord register [--guild ID]
  rdp-fix teams package [--out FILE]
  rdp-fix audit [--since 24h] [--user ID] [--host H] [--json]
  rdp-fix watch add <host> [--port N] [--every 6h] [--report-to PLATFORM:CONVERSATION]
  rdp-fix watch list [--json] | watch remove <host> [--port N] | watch run
  rdp-fix collector [--one-liner]
  rdp-fix help <command>   rdp-fix --version

Exit codes: 0 success, 1 operational failure, 2 bad usage or input.
An unreachable host is not a failure: it is a finding.`;

const topics: Record<HelpTopic, string> = {
  diagnose: `rdp-fix diagnose <host> [options]

Asks a few questions, probes the host (with your consent) and prints ranked causes with exact fixes.
In a terminal it is interactive. With --json, or when input is not a terminal, it asks nothing: it uses
the --answer values, probes only with --yes, and prints the result as JSON.

Options:
  -p, --port N               RDP port (default 3389)
  -a, --answer Q=A           answer a question up front; repeat for several (unknown ids list the valid ones)
  -d, --describe TEXT        the problem in your own words ("only fails over the VPN since Monday"): what it
                             says answers those questions before the first one, shown once ("e1" at a
                             prompt changes the first fact read); kept in the handoff summary. In --jsonl,
                             {"type":"describe","text":"..."} works at any point
  -s, --symptom TEXT         the same as --describe (the older name)
  -e, --evidence FILE        a server report from rdp-fix collector (the RDPFIX1: line or its -Json
                             output), added before the ranking; a bad report exits 2. In the conversation
                             "p" pastes one; in --jsonl send {"type":"evidence","report":"RDPFIX1:..."}
      --no-probe             do not touch the network: rank from answers only
  -y, --yes                  consent to probing without being asked
      --all                  print every cause in full (by default the top three in full, the rest
                             one line each; "m" in the conversation shows more)
      --json                 print { host, port, findings, causes } as JSON, best cause first; "probing"
                             says whether the probes ran and why not (schemas/diagnosis.schema.json)
      --jsonl                the conversation as JSON lines: questions, progress and the diagnosis out,
                             {"type":"answer","question":Q,"answer":A} and the like in, until end of input
                             (schemas/jsonl-*.schema.json)

A target the probe policy refuses is said on stderr and in the JSON; with --yes and no terminal it exits 2.`,
  probe: `rdp-fix probe <host> [--port N] [--json]

Runs only the live probes (DNS, TCP, RDP negotiation, TLS and certificate, the NTLM identity of an NLA
server, UDP, path) and prints every observation and finding. Targets must be allowed by the probe policy
(RDP_FIX_ALLOWED_CIDRS).`,
  flows: `rdp-fix flows check [dir]

Validates every flow file (*.yaml) in dir (default: the flows shipped with rdp-fix). Each problem is printed
as file:line:column path: message. Exits 2 when any flow is invalid.`,
  demo: `rdp-fix demo [fault]

Starts an RDP endpoint on loopback with the chosen fault, runs a full diagnosis against it, and stops it.
Without a fault it lists the faults.`,
  discord: `rdp-fix discord register [--guild ID]

Registers the /rdp-fix and /rdp-fix-handoff slash commands for the application in DISCORD_APPLICATION_ID,
with the bot token in DISCORD_TOKEN. With --guild the commands appear in that server at once (good for
trying it out); without it they are global and can take a while to show up. Running it again is harmless:
it replaces the commands with the same ones.`,
  teams: `rdp-fix teams package [--out FILE]

Writes the Teams app package (default rdp-fix-teams.zip): the manifest (schema 1.25) for the bot in
TEAMS_CLIENT_ID, in personal chats, teams and group chats, with command hints and the resource-specific
permission ChannelMessage.Read.Group (so the bot sees channel posts that report 0x904), and its two icons.
TEAMS_APP_WEBSITE_URL (https) is the website, privacy and terms link Teams shows. Upload the file in Teams
(Apps > Manage your apps > Upload an app) or in the Teams admin center. Exits 2 when a variable is missing.

Options:
  -o, --out FILE             where to write the package (default rdp-fix-teams.zip)`,
  audit: `rdp-fix audit [--since 24h] [--user ID] [--host H] [--json]

Lists the audit trail that the bot and the terminal write to the state store (the same store as serve:
SQLite in RDP_FIX_DATA_DIR, or PostgreSQL with DATABASE_URL): every probe that was allowed, refused or
finished, who asked, from where, and why a refusal happened. Oldest first. Exits 1 when the store cannot
be opened.

Options:
      --since WHEN           a duration before now (30m, 24h, 7d) or an ISO time (2024-05-01T08:00Z);
                             default 24h
      --user ID              only what this user asked for (their chat user id)
      --host H               only this target, as it was typed
      --json                 print one JSON array of the entries instead of a table`,
  watch: `rdp-fix watch add <host> [--port N] [--every 6h] [--report-to PLATFORM:CONVERSATION]
rdp-fix watch list [--json]
rdp-fix watch remove <host> [--port N]
rdp-fix watch run

Watches RDP endpoints, in the same state store as serve (SQLite in RDP_FIX_DATA_DIR, or PostgreSQL with
DATABASE_URL). "watch run" runs every check that is due once and exits (run it from cron): each check is a
probe run under the probe policy, in the audit trail, claimed so that two runs at once never check one
watch twice. It prints an alert when the certificate expires within RDP_FIX_WATCH_CERT_DAYS (default 14)
or has expired (with the fix), and when the port, the TLS versions, the security protocols, the
certificate or the NTLM identity change; "resolved" when a condition clears; nothing while nothing changed.

Options:
  -p, --port N               RDP port (default 3389)
      --every DURATION       how often to check: 30m, 6h, 1d (default 6h; at least RDP_FIX_WATCH_MIN_INTERVAL, 5m)
      --report-to P:C        where alerts go: a conversation key (platform:conversation, as in the
                             logs); rdp-fix serve posts there, watch run prints them
      --json                 watch list: one JSON array`,
  collector: `rdp-fix collector [--one-liner]

Prints the read-only PowerShell collector: what only the server knows (its Remote Desktop certificate and
key permissions, RDP-Tcp settings, services, the listening port, firewall rules, Schannel switches and cipher
order, CredSSP level, hotfixes, and 24 hours of the relevant events, counts only for failed logons). Save it
as rdp-fix-collector.ps1 and run it in an elevated Windows PowerShell 5.1 on the server; it changes nothing.
It prints one line that starts with RDPFIX1: (add -Json for plain JSON). Paste that line into the
conversation ("p" in the terminal), or pass it with rdp-fix diagnose <host> --evidence FILE.

Options:
      --one-liner            print one command to paste into an elevated PowerShell instead of the script`,
  serve: `rdp-fix serve

Runs the chat adapters configured in the environment (Slack and/or Discord). See README.md.`,
};

export function helpText(topic?: HelpTopic): string {
  return topic ? topics[topic] : overview;
}
