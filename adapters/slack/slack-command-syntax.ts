/** How a person starts a diagnosis in Slack (`<host>` where the host goes): told wherever a reply says how. */
export const slackCommandSyntax = "/rdp-fix <host>";
