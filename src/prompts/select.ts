/**
 * Which prompt cards the panel shows, and in what order: the cards for the user's role, those
 * whose page cues match the screen first, dismissed ones left out, filtered by the search.
 */
export interface SelectableCard {
  id: string;
  roles: readonly string[];
  summary: string;
  /** Generic or site-profile cue ids that make this card relevant. */
  cues?: readonly string[];
  /** Extra words to search (detail, talking points, questions, service name). */
  searchText?: string;
}

export interface SelectOptions {
  role: string;
  /** Cue ids the page matched (from the content script). */
  cues?: readonly string[];
  /** Card ids dismissed for this patient context. */
  dismissed?: ReadonlySet<string>;
  /** What the user typed in the search box. */
  query?: string;
}

/** Lower-case words of a query, without punctuation. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** True when every word of the query appears in `text` (as the start of a word). */
export function matchesQuery(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const hay = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return words.every((w) => hay.includes(` ${w}`));
}

export interface SelectedCard<C> {
  card: C;
  /** True when the page shows a screen this card is for. */
  cued: boolean;
}

/**
 * The cards to show, cued first and otherwise in catalogue order. With a search query, cards of
 * every role that match are shown (every card can be searched), the user's role first.
 */
export function selectCards<C extends SelectableCard>(cards: readonly C[], o: SelectOptions): SelectedCard<C>[] {
  const words = queryWords(o.query ?? '');
  const cues = new Set(o.cues ?? []);
  const picked = cards
    .map((card, index) => ({ card, index, cued: (card.cues ?? []).some((c) => cues.has(c)), mine: card.roles.includes(o.role) }))
    .filter((x) => !o.dismissed?.has(x.card.id))
    .filter((x) => (words.length ? matchesQuery(`${x.card.summary} ${x.card.searchText ?? ''}`, words) : x.mine));
  picked.sort((a, b) => Number(b.mine) - Number(a.mine) || Number(b.cued) - Number(a.cued) || a.index - b.index);
  return picked.map(({ card, cued }) => ({ card, cued }));
}
