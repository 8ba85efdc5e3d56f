/** How a person starts a diagnosis in a Teams channel (`<host>` where the host goes): told wherever a reply says how. */
export const teamsCommandSyntax = "@rdp-fix <host>";
