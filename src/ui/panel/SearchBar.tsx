import { usePanel } from './use-panel';

/** Type to search texts and prompts (by words, title or service). Down arrow moves to the results. */
export function SearchBar({ onDown }: { onDown: () => boolean }) {
  const s = usePanel();
  return (
    <div class="search" role="search">
      <label for="panel-search">Search texts and prompts</label>
      <input
        id="panel-search"
        type="search"
        autocomplete="off"
        value={s.query.value}
        onInput={(e) => (s.query.value = (e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && onDown()) e.preventDefault();
        }}
        aria-describedby="grid-keys"
      />
    </div>
  );
}
