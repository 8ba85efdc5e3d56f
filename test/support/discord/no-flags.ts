/**
 * Discord sends `flags: 0` for "none", but discord-api-types types flags as enums without a 0 member, so a
 * literal 0 does not compile. This is that 0, typed as the flags enum the field wants.
 */
export function noFlags<Flags extends number>(): Flags {
  return 0 as Flags;
}
