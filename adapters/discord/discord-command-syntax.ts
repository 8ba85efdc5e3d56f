/** How a person starts a diagnosis in Discord (`<host>` where the host goes): the slash command's option. */
export const discordCommandSyntax = "/rdp-fix host:<host>";
