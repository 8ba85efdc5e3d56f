/** How a person starts a diagnosis in a terminal (`<host>` where the host goes). */
export const terminalCommandSyntax = "rdp-fix diagnose <host>";
