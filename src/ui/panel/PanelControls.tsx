import { ROLES, ROLE_CHOICE_LABELS, SETTINGS, SETTING_CHOICE_LABELS, type Role, type Setting } from '../../log/vocabulary';
import { usePanel } from './use-panel';

/**
 * The role, one click away (a visible switch: radio buttons, one Tab stop, arrows move), and
 * behind "Setting and training" where staff are working and training mode. Remembered on this workstation.
 */
export function PanelControls() {
  const s = usePanel();
  const p = s.prefs;
  const role = p.role.value;
  return (
    <div class="controls">
      <fieldset class="role-switch">
        <legend class="role-switch-legend">Your role</legend>
        <div class="role-switch-options">
          {ROLES.map((r) => (
            <label key={r} class={r === role ? 'role-option role-option--on' : 'role-option'}>
              <input type="radio" name="role" value={r} checked={r === role} onChange={() => p.setRole(r as Role)} />
              {ROLE_CHOICE_LABELS[r]}
            </label>
          ))}
        </div>
      </fieldset>
      <details class="prefs">
        <summary>
          {SETTING_CHOICE_LABELS[p.setting.value]}
          {p.training.value ? ' · training' : ''} · setting and training
        </summary>
        <div class="control">
          <label for="setting">Where you are</label>
          <select id="setting" value={p.setting.value} onChange={(e) => p.setSetting((e.currentTarget as HTMLSelectElement).value as Setting)}>
            {SETTINGS.map((x) => (
              <option key={x} value={x}>
                {SETTING_CHOICE_LABELS[x]}
              </option>
            ))}
          </select>
        </div>
        {p.trainingAllowed.value || p.trainingForced.value ? (
          <div class="control control--check">
            <input
              id="training"
              type="checkbox"
              checked={p.training.value}
              disabled={p.trainingForced.value}
              aria-describedby="training-hint"
              onChange={(e) => p.setTraining((e.currentTarget as HTMLInputElement).checked)}
            />
            <label for="training">Training mode</label>
            <p id="training-hint" class="hint">
              {p.trainingForced.value ? 'Set by your practice for this computer.' : 'For role play: offers are marked as practice and not counted.'}
            </p>
          </div>
        ) : null}
      </details>
    </div>
  );
}
