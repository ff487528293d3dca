/**
 * The promotion kit, checklist and training sections as a practice manager uses them (rendered with
 * testing-library; storage and the log replaced by the test's own).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { PROMOTION_WORDING } from '@/src/catalogue/promotion';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/model';
import { fillWording } from '@/src/promotion/fill';
import { EMPTY_PROMOTION_STATE, type PromotionState } from '@/src/promotion/store';
import { EMPTY_CHECKLISTS, applyEdits, type Checklists } from '@/src/checklist/model';
import { ChecklistSection } from '@/src/ui/dashboard/ChecklistSection';
import { PromotionSection } from '@/src/ui/dashboard/PromotionSection';
import { TrainingSection } from '@/src/ui/dashboard/TrainingSection';
import { quizFor } from '@/src/catalogue/training';
import { SET_UP_PRACTICE } from './practice-fixture';

afterEach(cleanup);

const NOW = Date.UTC(2026, 11, 1, 12);
const setUp: Settings = { ...DEFAULT_SETTINGS, ...SET_UP_PRACTICE };

function kit(settings: Settings = setUp, initial: PromotionState = EMPTY_PROMOTION_STATE) {
  let stored = initial;
  const clipboard = vi.fn(async (_t: string) => {});
  const print = vi.fn();
  render(
    <PromotionSection
      loadSettings={async () => settings}
      load={async () => stored}
      update={async (change) => (stored = change(stored))}
      writeClipboard={clipboard}
      print={print}
      now={NOW}
    />,
  );
  return { clipboard, print, stored: () => stored };
}

const card = async (title: string) => screen.findByRole('listitem', { name: title });

describe('the promotion kit', () => {
  it('shows every channel for the NHS App, filled with the surgery’s details, and copies the banner', async () => {
    const { clipboard } = kit();
    const banner = await card('Website banner: NHS App');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Website banner', 'Website section', 'Newsletter item', 'Letter footer', 'Review reminder footer', 'Phone message', 'Social media post', 'Patient group information point',
    ]);
    const phone = await card('Phone message: NHS App');
    expect(within(phone).getByTestId('kit-text').textContent).toContain('Thank you for calling Castle Mead Medical Centre.');
    expect(within(phone).getByTestId('kit-measure').textContent).toMatch(/about 25 seconds read aloud \(63 words at 150 words a minute\), limit under 30 seconds/);
    fireEvent.click(within(banner).getByRole('button', { name: 'Copy' }));
    const expected = fillWording(PROMOTION_WORDING.find((w) => w.id === 'nhs-app--website-banner')!.body, SET_UP_PRACTICE).text;
    await waitFor(() => expect(clipboard).toHaveBeenCalledWith(expected));
    expect(screen.getByTestId('kit-status').textContent).toBe('Copied “Website banner: NHS App”.');
    // Printed channels carry a QR code for their link.
    expect(within(await card('Patient group information point: NHS App')).getByRole('img', { name: 'QR code for https://www.nhs.uk/nhs-app/' })).toBeTruthy();
  });

  it('puts seasonal posts in season first and marks them', async () => {
    kit();
    fireEvent.change(await screen.findByLabelText('Service'), { target: { value: 'repeat-prescriptions' } });
    const social = screen.getByRole('region', { name: 'Social media post' });
    const titles = within(social).getAllByRole('listitem').map((li) => within(li).getByRole('heading').textContent);
    expect(titles[0]).toMatch(/christmas/i);
    expect(within(social).getAllByRole('listitem')[0]!.textContent).toMatch(/Christmas and New Year bank holidays: in season now/);
  });

  it('shows wording needing details not set up as a marked preview that cannot be copied', async () => {
    const { clipboard } = kit({ ...DEFAULT_SETTINGS });
    const phone = await card('Phone message: NHS App');
    expect(within(phone).getByText('Preview only: example surgery')).toBeTruthy();
    expect(within(phone).getByTestId('kit-preview-reason').textContent).toMatch(/set up surgery name in Settings/);
    expect((within(phone).getByRole('button', { name: 'Copy' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('kit-not-set-up')).toBeTruthy();
    expect(clipboard).not.toHaveBeenCalled();
  });

  it('edits wording with the content checks and saves it as the surgery’s version', async () => {
    const { stored } = kit();
    fireEvent.click(within(await card('Letter footer: NHS App')).getByRole('button', { name: 'Edit' }));
    const body = screen.getByLabelText('Wording');
    fireEvent.input(body, { target: { value: 'Book an online consultation at any time: ((online_form_url)) ((surgery_nmae))' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save wording' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot be saved yet.*surgery_nmae/s);
    fireEvent.input(body, { target: { value: 'Book an online consultation: ((online_form_url))' } });
    expect(screen.getByTestId('kit-editor-guidance').textContent).toMatch(/online consultation/);
    fireEvent.input(body, { target: { value: 'Get the free NHS App: ((nhs_app_url))' } });
    expect(screen.getByTestId('kit-editor-preview').textContent).toBe('Get the free NHS App: https://www.nhs.uk/nhs-app/');
    fireEvent.click(screen.getByRole('button', { name: 'Save wording' }));
    const edited = await card('Letter footer: NHS App');
    expect(within(edited).getByText('Changed by your surgery')).toBeTruthy();
    expect(stored().items).toHaveLength(1);
    expect(stored().items[0]).toMatchObject({ id: 'nhs-app--letter-footer', body: 'Get the free NHS App: ((nhs_app_url))' });
  });
});

describe('the pathway checklist', () => {
  it('answers questions, saves them with the date, and shows the service’s figures', async () => {
    let stored: Checklists = EMPTY_CHECKLISTS;
    const save = vi.fn(async (service: Parameters<typeof applyEdits>[1], edits: Parameters<typeof applyEdits>[2], next: string | undefined) => (stored = applyEdits(stored, service, edits, next, NOW)));
    render(
      <ChecklistSection
        load={async () => stored}
        save={save}
        figures={async () => ({ from: '2026-09-02', to: '2026-12-01', offers: 8, accepted: 2, alreadyUses: 4, needsSupport: 1 })}
        now={NOW}
      />,
    );
    const q1 = await screen.findByRole('group', { name: /1\. Is it clear to patients and to staff/ });
    fireEvent.click(within(q1).getByLabelText('Partly'));
    fireEvent.input(within(q1).getByLabelText('Note (optional)'), { target: { value: 'Banner hidden on phones' } });
    fireEvent.input(screen.getByLabelText('Next review date'), { target: { value: '2027-06-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the checklist' }));
    await waitFor(() => expect(screen.getByTestId('cl-status').textContent).toBe('Saved the checklist for NHS App: 1 of 7 questions answered.'));
    expect(stored.services['nhs-app']?.answers['clear-how']).toEqual({ answer: 'partly', note: 'Banner hidden on phones', date: '2026-12-01', updated: NOW });
    expect(stored.services['nhs-app']?.nextReview?.date).toBe('2027-06-01');
    const figures = screen.getByTestId('cl-figures');
    expect(figures.textContent).toMatch(/Offers8Accepted25%Already use it50%Need support13%/);
    expect(screen.getByTestId('cl-print').textContent).toMatch(/Banner hidden on phones/);

    // Unsaved answers are kept while another service is looked at.
    const q2 = screen.getByRole('group', { name: /^2\. / });
    fireEvent.click(within(q2).getByLabelText('No'));
    fireEvent.change(screen.getByLabelText('Service'), { target: { value: 'fit-notes' } });
    expect((within(screen.getByRole('group', { name: /^2\. / })).getByLabelText('No') as HTMLInputElement).checked).toBe(false);
    fireEvent.change(screen.getByLabelText('Service'), { target: { value: 'nhs-app' } });
    expect((within(screen.getByRole('group', { name: /^2\. / })).getByLabelText('No') as HTMLInputElement).checked).toBe(true);
  });
});

describe('staff training', () => {
  it('shows the briefing, prints it alone, starts role play in training mode and marks the quiz', async () => {
    const print = vi.fn(() => {
      printed = document.getElementById('kit-print-area')?.textContent ?? '';
    });
    let printed = '';
    let practising = false;
    const start = vi.fn(async () => {
      practising = true;
      return { ok: true as const };
    });
    render(<TrainingSection loadSettings={async () => setUp} practising={async () => practising} start={start} finish={async () => void (practising = false)} print={print} now={NOW} />);
    const briefing = await screen.findByTestId('briefing');
    expect(within(briefing).getByRole('heading', { level: 3 }).textContent).toBe('Staff briefing: NHS App');
    fireEvent.click(screen.getByRole('button', { name: 'Print the briefing' }));
    expect(print).toHaveBeenCalledOnce();
    expect(printed).toMatch(/Staff briefing: NHS App.*Castle Mead Medical Centre.*Common questions.*How to demonstrate it.*Learn My Way/s);
    expect(printed).toContain(quizFor('nhs-app')[0]!.question.question);
    expect(document.getElementById('kit-print-area')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Start practising this scenario' }));
    expect(await screen.findByTestId('rp-started')).toBeTruthy();
    expect(screen.getByTestId('training-on').textContent).toMatch(/Training mode is on/);
    expect(start).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Finish practising' }));
    await waitFor(() => expect(screen.queryByTestId('training-on')).toBeNull());

    const quiz = screen.getByRole('form', { name: 'Quiz: NHS App' });
    const first = within(quiz).getAllByRole('group')[0]!;
    const right = quizFor('nhs-app')[0]!;
    fireEvent.click(within(first).getByLabelText(right.choices.find((c) => c.id === right.answer)!.text));
    fireEvent.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(within(first).getByTestId('quiz-result').textContent).toMatch(/^Right\./);
    expect(screen.getByTestId('quiz-score').textContent).toMatch(/right answer for 1 of 5 questions/);
  });
});
