/**
 * The placeholders flow text may use; the engine fills each from the session (its fill table is typed by this
 * list, so a new entry does not compile until the engine knows how to fill it).
 */
export const flowPlaceholders = ["<host>", "<port>"] as const;

export type FlowPlaceholder = (typeof flowPlaceholders)[number];

/** Anything shaped like a placeholder: `<host>`, `<address>`, `<server-name>`. */
export const placeholderPattern = /<[A-Za-z][\w-]*>/g;
