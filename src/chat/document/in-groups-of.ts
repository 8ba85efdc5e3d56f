/**
 * Items in order, in groups of at most `size` (buttons into rows or action sets, fields into sections, answers
 * into menus); none when there are none. Every platform caps how many of a thing one container holds.
 */
export function inGroupsOf<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}
