import { EXAMPLE_PRACTICE } from '../../settings/practice';
import { missingDetailsText } from './send-flow';
import { usePanel } from './use-panel';

/**
 * From the first screen: the practice is not set up yet (issue 11). Which details are missing, in
 * plain words, and the way to set it up. In training mode: which example surgery texts use.
 */
export function SetupNotice() {
  const s = usePanel();
  const missing = s.notSetUp.value;
  if (!missing.length) return null;
  if (s.prefs.training.value)
    return (
      <p class="training-banner training-banner--example" data-testid="training-example">
        <strong>Training: example surgery.</strong> Your practice is not set up yet, so texts use the example {EXAMPLE_PRACTICE.surgeryName} where its
        details are missing. They are for practice only: never send them to a patient.
      </p>
    );
  return (
    <section class="setup-notice" aria-labelledby="setup-h" data-testid="setup-notice">
      <h2 id="setup-h" class="setup-title">
        Set-up needed
      </h2>
      <p>
        Nudge does not have these details of your surgery yet: {missingDetailsText(missing)}. Texts that need them cannot be sent until the practice is set up.
        Other texts work as usual.
      </p>
      {s.setupUrl ? (
        <p>
          <a href={s.setupUrl} target="_blank" rel="noreferrer" data-testid="setup-link">
            Set up the practice (opens the dashboard)
          </a>
        </p>
      ) : null}
    </section>
  );
}
