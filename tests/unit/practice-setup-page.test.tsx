/**
 * The practice set-up page (dashboard.html#setup): missing details listed with the texts they
 * block, each link openable to check it, policy-set details locked with why, fixes for characters
 * that lengthen texts and NHS links that moved, and saving only what changed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { DEFAULT_TEMPLATES } from '@/src/catalogue/templates';
import type { EffectiveSettings } from '@/src/settings/effective';
import { DEFAULT_SETTINGS, type SettingKey, type Settings } from '@/src/settings/model';
import { setupGroups } from '@/src/settings/setup-page';
import { PracticeSetup } from '@/src/ui/dashboard/PracticeSetup';
import { SET_UP_PRACTICE } from './practice-fixture';

afterEach(cleanup);

function setup(settings: Partial<Settings> = {}, locked: SettingKey[] = []) {
  const effective: EffectiveSettings = { settings: { ...DEFAULT_SETTINGS, ...settings }, locked, policyTemplates: null, policyProblems: [] };
  const save = vi.fn(async (_changes: Partial<Settings>, _locked: readonly SettingKey[]) => ({ ok: true as const }));
  render(<PracticeSetup load={async () => effective} save={save} loadTemplates={async () => DEFAULT_TEMPLATES} />);
  return { save };
}

const field = (key: string) => screen.getByTestId(`setup-field-${key}`);

describe('the practice set-up page', () => {
  it('on a fresh install lists every missing detail, with the texts each one blocks', async () => {
    setup();
    const summary = await screen.findByTestId('setup-summary');
    expect(summary.textContent).toMatch(/details need your attention/);
    const todo = within(summary).getByRole('list', { name: 'Details that need your attention' });
    const listed = within(todo).getAllByRole('link').map((a) => a.textContent);
    expect(listed).toEqual(expect.arrayContaining(['Surgery name', 'Surgery phone number', 'Surgery website', 'Online form', 'Travel health']));
    expect(listed).not.toContain('NHS App');

    // The travel link blocks exactly the travel texts; the list names them.
    const travel = field('travelUrl');
    expect(within(travel).getByText('Not set up')).toBeTruthy();
    const waiting = within(travel).getByText(/Texts waiting for this \(2\)/);
    fireEvent.click(waiting);
    expect(within(travel).getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      DEFAULT_TEMPLATES.filter((t) => t.body.includes('((travel_url))')).map((t) => t.title),
    );
    // The surgery's name blocks every text.
    expect(within(field('surgeryName')).getByText(/Texts waiting for this \((\d+)\)/).textContent).toContain(`(${DEFAULT_TEMPLATES.length})`);
  });

  it('walks through three numbered steps: the surgery, its own pages, the national pages', async () => {
    setup();
    await screen.findByTestId('setup-summary');
    const legends = [...document.querySelectorAll('fieldset > legend')].map((l) => l.textContent);
    expect(legends).toEqual(['Step 1 of 3: Your surgery', 'Step 2 of 3: Your surgery’s web pages', 'Step 3 of 3: National pages and help']);
    const groups = setupGroups(DEFAULT_TEMPLATES);
    expect(groups[1]!.fields).toEqual(expect.arrayContaining(['websiteUrl', 'onlineFormUrl', 'travelUrl', 'pharmacyFirstUrl', 'selfReferralUrl', 'reviewsUrl']));
    expect(groups[2]!.fields).toEqual(expect.arrayContaining(['nhsAppUrl', 'testResultsUrl', 'familyAccessUrl', 'notificationsUrl', 'nominatePharmacyUrl']));
  });

  it('offers each link to open and check, in a new tab', async () => {
    setup(SET_UP_PRACTICE);
    await screen.findByTestId('setup-summary');
    const open = screen.getByTestId('setup-open-travelUrl') as HTMLAnchorElement;
    expect(open.href).toBe(SET_UP_PRACTICE.travelUrl);
    expect(open.target).toBe('_blank');
    expect(open.rel).toContain('noopener');
    expect(open.textContent).toMatch(/Open this link to check it.*Travel health/);
    expect(screen.getByTestId('setup-open-nhsAppUrl').getAttribute('href')).toBe('https://www.nhs.uk/nhs-app/');
    expect(screen.getByTestId('setup-summary').textContent).toMatch(/Your practice is set up: every text can be sent/);
  });

  it('an example value counts as not set up, and never gets an open link to a domain that cannot exist', async () => {
    setup({ websiteUrl: 'https://www.riverside-surgery.example' });
    await screen.findByTestId('setup-summary');
    expect(within(field('websiteUrl')).getByText('Example value: not yours')).toBeTruthy();
    expect(screen.queryByTestId('setup-open-websiteUrl')).toBeNull();
  });

  it('shows details set by the IT policy as locked, says why, and never saves them', async () => {
    const { save } = setup({ surgeryName: 'Castle Mead Medical Centre' }, ['surgeryName']);
    await screen.findByTestId('setup-summary');
    const name = screen.getByLabelText('Surgery name') as HTMLInputElement;
    expect(name.readOnly).toBe(true);
    expect(screen.getByTestId('setup-locked-surgeryName').textContent).toMatch(/Locked.*Set by your organisation’s IT policy/);
    expect(name.getAttribute('aria-describedby')).toContain('setup-surgeryName-lock');
    fireEvent.input(screen.getByLabelText('Surgery phone number'), { target: { value: '01632 961234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save practice details' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]).toEqual([{ surgeryPhone: '01632 961234' }, ['surgeryName']]);
    expect(await screen.findByTestId('setup-status')).toBeTruthy();
  });

  it('says what is wrong next to the detail and in a summary, and saves nothing', async () => {
    const { save } = setup();
    await screen.findByTestId('setup-summary');
    fireEvent.input(screen.getByLabelText('Travel health'), { target: { value: 'www.castlemead.nhs.uk/travel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save practice details' }));
    const summary = await screen.findByTestId('setup-errors');
    expect(summary.textContent).toMatch(/Travel health: Enter the travel health link as a full link starting with https:\/\//);
    expect(within(field('travelUrl')).getByText(/Enter the travel health link/)).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
  });

  it('warns when the surgery’s name would turn every text into Unicode, and offers the safe fix', async () => {
    setup();
    await screen.findByTestId('setup-summary');
    fireEvent.input(screen.getByLabelText('Surgery name'), { target: { value: 'St Mary’s Surgery' } });
    const warning = screen.getByTestId('setup-encoding-surgeryName');
    expect(warning.textContent).toMatch(/’ \(curly apostrophe\).*70 characters a part instead of 160/);
    fireEvent.click(within(warning).getByRole('button', { name: 'Use “St Mary\'s Surgery” instead' }));
    expect((screen.getByLabelText('Surgery name') as HTMLInputElement).value).toBe("St Mary's Surgery");
    expect(screen.queryByTestId('setup-encoding-surgeryName')).toBeNull();
  });

  it('flags an NHS link that has moved and puts in the new one', async () => {
    setup({ healthRecordUrl: 'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/health-records-in-the-nhs-app/' });
    await screen.findByTestId('setup-summary');
    const moved = screen.getByTestId('setup-moved-healthRecordUrl');
    fireEvent.click(within(moved).getByRole('button', { name: 'Use the new link' }));
    expect((screen.getByLabelText('Health record help') as HTMLInputElement).value).toBe('https://www.nhs.uk/nhs-app/help/health-records-in-the-nhs-app/gp-health-record/');
  });
});
