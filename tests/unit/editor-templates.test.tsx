import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Template } from '@/src/catalogue/templates';
import { EXAMPLE_PRACTICE } from '@/src/settings/practice';
import { EMPTY_PRACTICE_TEMPLATES, type PracticeTemplates } from '@/src/templates/store';
import { TemplatesSection } from '@/src/ui/dashboard/TemplatesSection';

const defaults: Template[] = [
  { id: 'nhs-app-short', service: 'nhs-app', title: 'Sign up to the NHS App', length: 'short', language: 'en', body: 'Hello ((first_name|there)), this is ((surgery_name)). Get the NHS App: ((nhs_app_url))' },
  { id: 'form-short', service: 'online-requests', title: 'Contact us using our online form', length: 'short', language: 'en', body: 'Hello ((first_name|there)), this is ((surgery_name)). Use our online form: ((online_form_url))' },
];

function setup(initial: PracticeTemplates = EMPTY_PRACTICE_TEMPLATES) {
  let stored = initial;
  const save = vi.fn(async (s: PracticeTemplates) => {
    stored = s;
  });
  render(<TemplatesSection defaults={defaults} load={async () => stored} save={save} loadPractice={async () => EXAMPLE_PRACTICE} />);
  return { save, stored: () => stored };
}

afterEach(cleanup);

const card = (title: string) => screen.getByRole('listitem', { name: title });
const type = (label: RegExp | string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('the template editor', () => {
  it('lists the default pack with search and a service filter', async () => {
    setup();
    await screen.findByRole('heading', { name: 'Templates' });
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    type('Search templates', 'online form');
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('aria-labelledby'))).toEqual(['tpl-form-short-title']);
    type('Search templates', '');
    fireEvent.change(screen.getByLabelText('Service'), { target: { value: 'nhs-app' } });
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(card('Sign up to the NHS App')).toBeTruthy();
  });

  it('New template: labelled fields, a live preview for Sam with counts, and saving adds it', async () => {
    const { save, stored } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'New template' }));
    expect(screen.getByRole('heading', { name: 'New template' })).toBeTruthy();
    type('Title', 'Flu jabs');
    fireEvent.change(screen.getByLabelText('Service'), { target: { value: 'test-results' } });
    type(/^Text/, 'Hello ((first_name)), this is ((surgery_name)). See ((test_results_url))');
    expect(screen.getByTestId('tpl-preview').textContent).toBe(
      `Hello Sam, this is ${EXAMPLE_PRACTICE.surgeryName}. See ${EXAMPLE_PRACTICE.testResultsUrl}`,
    );
    const preview = screen.getByTestId('tpl-preview').textContent!;
    expect(screen.getByTestId('tpl-counts').textContent).toContain(`${preview.length} characters, 1 text message part (GSM-7`);
    fireEvent.click(screen.getByRole('button', { name: 'Save new template' }));
    await screen.findByText('Saved “Flu jabs”.');
    expect(save).toHaveBeenCalledTimes(1);
    expect(stored().templates).toEqual([
      expect.objectContaining({ id: expect.stringMatching(/^own-/), title: 'Flu jabs', service: 'test-results', body: 'Hello ((first_name)), this is ((surgery_name)). See ((test_results_url))' }),
    ]);
    expect(within(card('Flu jabs')).getByText('Your surgery’s own')).toBeTruthy();
  });

  it('Edit keeps the practice’s wording as a change to the default, and Reset goes back to the default wording', async () => {
    const { stored } = setup();
    fireEvent.click(within(await screen.findByRole('listitem', { name: 'Sign up to the NHS App' })).getByRole('button', { name: 'Edit' }));
    expect((screen.getByLabelText(/^Text/) as HTMLTextAreaElement).value).toBe(defaults[0]!.body);
    type(/^Text/, 'Hi ((first_name|there)), ((surgery_name)) here. The NHS App: ((nhs_app_url))');
    expect(screen.getByTestId('tpl-preview').textContent).toBe(`Hi Sam, ${EXAMPLE_PRACTICE.surgeryName} here. The NHS App: ${EXAMPLE_PRACTICE.nhsAppUrl}`);
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText('Saved “Sign up to the NHS App”.');
    expect(stored().templates).toEqual([expect.objectContaining({ id: 'nhs-app-short', body: 'Hi ((first_name|there)), ((surgery_name)) here. The NHS App: ((nhs_app_url))', editedFrom: defaults[0]!.body })]);
    const edited = card('Sign up to the NHS App');
    expect(within(edited).getByText('Changed by your surgery')).toBeTruthy();

    fireEvent.click(within(edited).getByRole('button', { name: 'Reset to default wording' }));
    fireEvent.click(within(edited).getByRole('button', { name: 'Use the default wording' }));
    await screen.findByText('“Sign up to the NHS App” is back to the default wording.');
    expect(stored().templates).toEqual([]);
    expect(within(card('Sign up to the NHS App')).queryByText('Changed by your surgery')).toBeNull();
  });

  it('shows the reading age as guidance while typing: plain words pass, hard ones get a warning naming the long words (issue 11, item 6)', async () => {
    const { save } = setup();
    fireEvent.click(within(await screen.findByRole('listitem', { name: 'Sign up to the NHS App' })).getByRole('button', { name: 'Edit' }));
    type(/^Text/, 'Hello ((first_name|there)), this is ((surgery_name)). You can see your test results in the app: ((nhs_app_url))');
    const plain = screen.getByTestId('tpl-reading-age');
    expect(plain.className).not.toContain('notice--warning');
    expect(plain.textContent).toMatch(/^Reading age about \d+ \(aim for 11 or below\)\./);
    type(/^Text/, 'Hello ((first_name|there)), this is ((surgery_name)). Your investigations, immunisations and correspondence are electronically available: ((nhs_app_url))');
    const hard = screen.getByTestId('tpl-reading-age');
    expect(hard.className).toContain('notice--warning');
    expect(hard.textContent).toMatch(/aim for 11 or below, as NHS content does\. Try shorter sentences, or plainer words than .*electronically/);
    // Guidance, not a rule: the practice may still save its own wording.
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText('Saved “Sign up to the NHS App”.');
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('Duplicate makes a new template from a copy and leaves the original alone', async () => {
    const { stored } = setup();
    fireEvent.click(within(await screen.findByRole('listitem', { name: 'Contact us using our online form' })).getByRole('button', { name: 'Duplicate' }));
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Copy of Contact us using our online form');
    fireEvent.click(screen.getByRole('button', { name: 'Save new template' }));
    await screen.findByText('Saved “Copy of Contact us using our online form”.');
    expect(stored().templates).toEqual([expect.objectContaining({ id: expect.stringMatching(/^own-/), service: 'online-requests', body: defaults[1]!.body })]);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('Archive hides a template from the list (and the panel); Show archived and Restore bring it back', async () => {
    const { stored } = setup();
    fireEvent.click(within(await screen.findByRole('listitem', { name: 'Contact us using our online form' })).getByRole('button', { name: 'Archive' }));
    await screen.findByText(/Archived “Contact us using our online form”/);
    expect(stored().archived).toEqual(['form-short']);
    expect(screen.queryByRole('listitem', { name: 'Contact us using our online form' })).toBeNull();
    fireEvent.click(screen.getByLabelText('Show archived templates'));
    const archived = card('Contact us using our online form');
    expect(within(archived).getByText('Archived')).toBeTruthy();
    fireEvent.click(within(archived).getByRole('button', { name: 'Restore' }));
    await screen.findByText(/Restored “Contact us using our online form”/);
    expect(stored().archived).toEqual([]);
  });

  it.each([
    ['a misspelt placeholder', 'Get the app: ((nhs_ap_url))', /\(\(nhs_ap_url\)\) is not a placeholder Nudge knows/],
    ['two unknown placeholders', 'Hi ((name)), see ((link))', /\(\(name\)\), \(\(link\)\) are not placeholders Nudge knows/],
  ])('%s is an error next to the text, and it blocks saving', async (_what, body, message) => {
    const { save } = setup();
    fireEvent.click(within(await screen.findByRole('listitem', { name: 'Sign up to the NHS App' })).getByRole('button', { name: 'Edit' }));
    type(/^Text/, body);
    const textarea = screen.getByLabelText(/^Text/);
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('tpl-text-error')?.textContent).toMatch(message);
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/cannot be saved yet/);
    expect(alert.textContent).toMatch(message);
    expect(save).not.toHaveBeenCalled();
  });

  it('a placeholder missing a bracket blocks saving', async () => {
    const { save } = setup();
    fireEvent.click(within(await screen.findByRole('listitem', { name: 'Sign up to the NHS App' })).getByRole('button', { name: 'Edit' }));
    type(/^Text/, 'Hello ((first_name), this is ((surgery_name)): ((nhs_app_url))');
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/missing a bracket/);
    expect(save).not.toHaveBeenCalled();
  });

  it.each([
    ['“click here”', 'Hello from ((surgery_name)), click here: ((nhs_app_url))', /Do not say "click here"/],
    ['“online consultation”', 'Hello from ((surgery_name)). Book an online consultation: ((online_form_url))', /contact us using our online form/],
    ['no link', 'Hello from ((surgery_name)). Ask us about the NHS App.', /There is no link/],
    ['the surgery not named', 'Get the NHS App: ((nhs_app_url))', /Say who the text is from/],
  ])('content guidance for %s is advice, and the template still saves', async (_what, body, advice) => {
    const { save } = setup();
    fireEvent.click(within(await screen.findByRole('listitem', { name: 'Sign up to the NHS App' })).getByRole('button', { name: 'Edit' }));
    type(/^Text/, body);
    expect(screen.getByTestId('tpl-guidance').textContent).toMatch(advice);
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText('Saved “Sign up to the NHS App”.');
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('an empty title blocks saving with an error next to the field', async () => {
    const { save } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'New template' }));
    type(/^Text/, 'Hello from ((surgery_name))');
    fireEvent.click(screen.getByRole('button', { name: 'Save new template' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Enter a title');
    expect(document.getElementById('tpl-title-error')?.textContent).toContain('Enter a title');
    expect(save).not.toHaveBeenCalled();
  });

  it.each([
    ['ur', 'rtl', 'السلام علیکم ((first_name|)) — ((surgery_name)) ((nhs_app_url))'],
    ['ar', 'rtl', 'مرحبا، هذه ((surgery_name)). ((nhs_app_url))'],
    ['cy', 'ltr', 'Helo ((first_name|chi)), dyma ((surgery_name)). ((nhs_app_url))'],
  ])('a %s version is written and previewed %s, and saved as a language version', async (lang, dir, body) => {
    const { stored } = setup();
    fireEvent.click(within(await screen.findByRole('listitem', { name: 'Sign up to the NHS App' })).getByRole('button', { name: 'Edit' }));
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: lang } });
    const textarea = screen.getByLabelText(/^Text in /) as HTMLTextAreaElement;
    expect(textarea.value).toBe('');
    expect(textarea.getAttribute('dir')).toBe(dir);
    expect(textarea.getAttribute('lang')).toBe(lang);
    type(/^Text in /, body);
    expect(screen.getByTestId('tpl-preview').getAttribute('dir')).toBe(dir);
    expect(screen.getByTestId('tpl-preview').textContent).toContain(EXAMPLE_PRACTICE.surgeryName);
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText('Saved “Sign up to the NHS App”.');
    expect(stored().templates[0]?.body).toBe(defaults[0]!.body);
    expect(stored().templates[0]?.versions).toEqual({ [lang]: { body, dir } });
  });

  it('the English text stays left to right', async () => {
    setup();
    fireEvent.click(within(await screen.findByRole('listitem', { name: 'Sign up to the NHS App' })).getByRole('button', { name: 'Edit' }));
    expect(screen.getByLabelText(/^Text/).getAttribute('dir')).toBe('ltr');
  });

  it('a bad pack file is refused with a clear error in an alert, and nothing is saved', async () => {
    const { save } = setup();
    await screen.findByRole('heading', { name: 'Templates' });
    const file = new File(['{"format":"nudge-templates","version":9,"templates":[]}'], 'pack.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import a template pack'), { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/newer version of Nudge/);
    expect(alert.textContent).toMatch(/Nothing was imported/);
    expect(save).not.toHaveBeenCalled();
  });

  it('a good pack file is imported and its templates listed', async () => {
    const { save, stored } = setup();
    await screen.findByRole('heading', { name: 'Templates' });
    const pack = { format: 'nudge-templates', version: 1, templates: [{ id: 'own-polish', service: 'nhs-app', title: 'NHS App in Polish', length: 'short', language: 'en', body: 'Get the NHS App: ((nhs_app_url))', versions: { pl: { body: 'Aplikacja NHS: ((nhs_app_url))', dir: 'ltr' } } }] };
    const file = new File([JSON.stringify(pack)], 'pack.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import a template pack'), { target: { files: [file] } });
    await screen.findByText(/Imported the template pack “pack.json”: 1 new, 0 changed, 0 unchanged/);
    expect(save).toHaveBeenCalledTimes(1);
    expect(stored().templates.map((t) => t.id)).toEqual(['own-polish']);
    await waitFor(() => expect(card('NHS App in Polish')).toBeTruthy());
  });
});
