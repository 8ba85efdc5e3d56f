/**
 * DATABASE_URL as it may be shown to an operator: user, host, port and database, never the password.
 * An unparseable value is not echoed at all, since the password may be anywhere in it.
 */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const user = parsed.username === "" ? "" : `${decodeURIComponent(parsed.username)}@`;
    const port = parsed.port === "" ? "" : `:${parsed.port}`;
    return `${parsed.protocol}//${user}${parsed.hostname}${port}${parsed.pathname}`;
  } catch {
    return "an unparseable URL";
  }
}

/** `text` with the URL's password (as typed and percent-decoded) blacked out, for messages from pg itself. */
export function redactDatabasePassword(text: string, url: string): string {
  let password = "";
  try {
    password = new URL(url).password;
  } catch {
    return text.includes(url) ? text.replaceAll(url, "[DATABASE_URL]") : text;
  }
  if (password === "") return text;
  return [password, decodeURIComponent(password)].reduce(
    (out, secret) => out.replaceAll(secret, "***"),
    text,
  );
}
