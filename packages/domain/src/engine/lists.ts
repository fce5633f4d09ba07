/**
 * `list.includes(item)` over the first `end` entries, as a plain loop: the
 * engine's id lists (events, milestones) are short and a replay asks every
 * year, where the generic builtin costs more than the search.
 */
export function includesId(
  list: readonly string[],
  item: string,
  end: number = list.length,
): boolean {
  for (let i = 0; i < end; i++) if (list[i] === item) return true;
  return false;
}
