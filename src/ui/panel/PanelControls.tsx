import type { Role, Setting } from '../../log/types';
import { usePanel } from './use-panel';

const ROLES: { id: Role; label: string }[] = [
  { id: 'receptionist', label: 'Receptionist' },
  { id: 'clinician', label: 'Clinician' },
  { id: 'manager', label: 'Practice manager' },
];

const SETTINGS: { id: Setting; label: string }[] = [
  { id: 'phone', label: 'On the phone' },
  { id: 'front-desk', label: 'At the front desk' },
  { id: 'consultation', label: 'In a consultation' },
  { id: 'registration', label: 'Registering a patient' },
  { id: 'other', label: 'Other' },
];

export function roleLabel(r: Role): string {
  return ROLES.find((x) => x.id === r)?.label ?? r;
}

export function settingLabel(s: Setting): string {
  return SETTINGS.find((x) => x.id === s)?.label ?? s;
}

/** Role, setting and training mode: remembered on this workstation. */
export function PanelControls() {
  const s = usePanel();
  const trainingAllowed = s.trainingAllowed.value;
  return (
    <div class="controls">
      <div class="control">
        <label for="role">Your role</label>
        <select id="role" value={s.role.value} onChange={(e) => s.setRole((e.currentTarget as HTMLSelectElement).value as Role)}>
          {ROLES.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <div class="control">
        <label for="setting">Where you are</label>
        <select id="setting" value={s.setting.value} onChange={(e) => s.setPrefs({ setting: (e.currentTarget as HTMLSelectElement).value as Setting })}>
          {SETTINGS.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>
      </div>
      {trainingAllowed ? (
        <div class="control control--check">
          <input
            id="training"
            type="checkbox"
            checked={s.training.value}
            disabled={s.trainingForced.value}
            aria-describedby="training-hint"
            onChange={(e) => s.setPrefs({ training: (e.currentTarget as HTMLInputElement).checked })} />
          <label for="training">Training mode</label>
          <p id="training-hint" class="hint">
            {s.trainingForced.value ? 'Set by your practice for this computer.' : 'For role play: offers are marked as practice and not counted.'}
          </p>
        </div>
      ) : null}
    </div>
  );
}
