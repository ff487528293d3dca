import { ServiceOptions } from '../ServiceOptions';
import { onNavKey } from './keyboard';
import { usePanel } from './use-panel';

/** Type to search texts and prompts; filter texts by service. */
export function SearchBar() {
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
        onKeyDown={onNavKey}
        aria-describedby="panel-search-hint"
      />
      <p id="panel-search-hint" class="hint">
        Down arrow moves to the results; Enter inserts.
      </p>
      <label for="service-filter">Service</label>
      <select id="service-filter" value={s.serviceFilter.value} onChange={(e) => (s.serviceFilter.value = (e.currentTarget as HTMLSelectElement).value)}>
        <option value="">All services</option>
        <ServiceOptions />
      </select>
    </div>
  );
}
