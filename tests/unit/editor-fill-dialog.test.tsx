import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { FillDialog, fillError } from '@/src/ui/panel/FillDialog';
import type { PlaceholderName } from '@/src/templates/render';

afterEach(cleanup);

function open(missing: PlaceholderName[]) {
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  render(<FillDialog title="Call us" missing={missing} onSubmit={onSubmit} onCancel={onCancel} />);
  return { onSubmit, onCancel, dialog: screen.getByRole('dialog', { hidden: true }) as HTMLDialogElement };
}

describe('the dialog that asks for missing details before inserting', () => {
  it('opens as a modal named for the text, with a labelled field per missing detail and focus on the first', () => {
    const { dialog } = open(['surgery_phone', 'appointments_url']);
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-labelledby')).toBe('fill-title');
    expect(screen.getByText('Details needed for “Call us”')).toBeTruthy();
    const phone = screen.getByLabelText('Surgery phone number');
    expect(screen.getByLabelText('Appointments link')).toBeTruthy();
    expect(document.activeElement).toBe(phone);
  });

  it('Submit returns the values, trimmed, and closes', () => {
    const { onSubmit, onCancel, dialog } = open(['surgery_phone', 'appointments_url']);
    fireEvent.input(screen.getByLabelText('Surgery phone number'), { target: { value: ' 01632 960000 ' } });
    fireEvent.input(screen.getByLabelText('Appointments link'), { target: { value: 'https://example.nhs.uk/book' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use these details', hidden: true }));
    expect(onSubmit).toHaveBeenCalledWith({ surgery_phone: '01632 960000', appointments_url: 'https://example.nhs.uk/book' });
    expect(onCancel).not.toHaveBeenCalled();
    expect(dialog.open).toBe(false);
  });

  it('an empty or bad value is an error next to its field, and nothing is returned', () => {
    const { onSubmit, dialog } = open(['surgery_phone', 'appointments_url']);
    fireEvent.input(screen.getByLabelText('Appointments link'), { target: { value: 'www.example.nhs.uk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use these details', hidden: true }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(dialog.open).toBe(true);
    expect(screen.getByRole('alert', { hidden: true }).textContent).toContain('Check the 2 details below');
    expect(document.getElementById('fill-surgery_phone-error')?.textContent).toContain('Enter the surgery phone number');
    expect(document.getElementById('fill-appointments_url-error')?.textContent).toContain('Enter a full link starting with https://');
    expect(screen.getByLabelText('Appointments link').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Surgery phone number'));
  });

  it('Cancel closes it without returning anything', () => {
    const { onSubmit, onCancel, dialog } = open(['surgery_phone']);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel', hidden: true }));
    expect(dialog.open).toBe(false);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('Escape closes it without returning anything', () => {
    const { onSubmit, onCancel, dialog } = open(['surgery_phone']);
    // What the browser does on Escape in a modal dialog: a "cancel" event, then it closes.
    dialog.dispatchEvent(new Event('cancel'));
    dialog.close();
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it.each([
    ['surgery_phone', '', 'Enter the surgery phone number'],
    ['surgery_phone', '01632 960123', null],
    ['online_form_url', 'http://example.nhs.uk', 'Enter a full link starting with https://'],
    ['online_form_url', ['javascript', 'alert(1)'].join(':'), 'Enter a full link starting with https://'],
    ['online_form_url', 'https://example.nhs.uk/contact', null],
    ['first_name', 'x'.repeat(201), 'Patient’s first name must be 200 characters or fewer'],
  ] as [PlaceholderName, string, string | null][])('%s = “%s” → %s', (name, value, error) => expect(fillError(name, value)).toBe(error));

  it('“Paste link” reads the clipboard into a link field, checks it, and says what to do when it cannot read it', async () => {
    const onSubmit = vi.fn();
    let clip: () => Promise<string> = async () => '  https://www.nhs.uk/conditions/asthma/ ';
    render(<FillDialog title="Condition" missing={['condition_url']} onSubmit={onSubmit} onCancel={() => {}} readClipboard={() => clip()} />);
    const field = screen.getByLabelText('Link to the page you talked about') as HTMLInputElement;
    fireEvent.click(screen.getByRole('button', { name: 'Paste link', hidden: true }));
    await vi.waitFor(() => expect(field.value).toBe('https://www.nhs.uk/conditions/asthma/'));
    expect(document.activeElement).toBe(field);
    clip = async () => 'www.nhs.uk/conditions';
    fireEvent.click(screen.getByRole('button', { name: 'Paste link', hidden: true }));
    await vi.waitFor(() => expect(screen.getByText('Enter a full link starting with https://')).toBeTruthy());
    clip = () => Promise.reject(new Error('NotAllowedError'));
    fireEvent.click(screen.getByRole('button', { name: 'Paste link', hidden: true }));
    await vi.waitFor(() => expect(screen.getByText(/press Ctrl\+V to paste the link/)).toBeTruthy());
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('has no “Paste link” for details that are not links', () => {
    render(<FillDialog title="Hello" missing={['first_name']} onSubmit={() => {}} onCancel={() => {}} readClipboard={async () => 'x'} />);
    expect(screen.queryByRole('button', { name: 'Paste link', hidden: true })).toBeNull();
  });
});
