import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { MessageInfo } from '@/src/ui/panel/MessageInfo';
import type { CountingRules } from '@/src/sms/count';

/** The component in a parent that owns the text, as the panel will. */
function Harness({ initial, rules = 'gsm', partLimit = 2 }: { initial: string; rules?: CountingRules; partLimit?: number }) {
  const [text, setText] = useState(initial);
  return (
    <div>
      <p data-testid="text">{text}</p>
      <MessageInfo text={text} rules={rules} partLimit={partLimit} onFix={setText} />
    </div>
  );
}

const PLAIN = 'Hello Sam, this is Riverside Surgery. Order repeat prescriptions in the NHS App: https://www.nhs.uk/nhs-app/';

describe('the message information under a text', () => {
  afterEach(cleanup);

  it.each<[string, string, CountingRules, string, RegExp]>([
    ['a plain text', PLAIN, 'gsm', `${PLAIN.length} characters · 1 text message part · GSM (standard)`, /Standard characters/],
    ['the same text under Notify', PLAIN, 'notify', `${PLAIN.length} characters · 1 text message part · GOV.UK Notify`, /Standard characters/],
    ['a Welsh text', 'Croeso ŵyr', 'gsm', '10 characters · 1 text message part · GSM (standard)', /Unicode: up to 70/],
    ['a long text', 'a'.repeat(161), 'gsm', '161 characters · 2 text message parts · GSM (standard)', /Standard characters/],
  ])('shows characters, parts, rules and encoding for %s', (_label, text, rules, summary, encoding) => {
    render(<MessageInfo text={text} rules={rules} partLimit={2} onFix={() => {}} />);
    expect(screen.getByTestId('message-summary').textContent).toBe(summary);
    expect(screen.getByText(encoding)).toBeTruthy();
  });

  it('shows no warning box and no fix buttons for a clean text', () => {
    render(<MessageInfo text={PLAIN} rules="gsm" partLimit={2} onFix={() => {}} />);
    expect(screen.queryByRole('heading', { name: /check before sending/i })).toBeNull();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('warns in words when a text is over the part limit', () => {
    render(<MessageInfo text={'a'.repeat(307)} rules="gsm" partLimit={2} onFix={() => {}} />);
    const box = screen.getByRole('heading', { name: /check before sending/i }).parentElement!;
    expect(within(box).getByText(/This text is 3 parts\. Your surgery’s limit is 2 parts/)).toBeTruthy();
  });

  it('names characters that switch to Unicode, and a fix puts the text back to one standard part', () => {
    const onFix = vi.fn();
    render(<MessageInfo text="It’s ready" rules="gsm" partLimit={2} onFix={onFix} />);
    expect(screen.getByText(/’ \(curly apostrophe\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replace curly quotes with straight ones' }));
    expect(onFix).toHaveBeenCalledWith("It's ready");
  });

  it('after a fix, the text, the count and the buttons update, focus stays in the box, and the change is announced', async () => {
    render(<Harness initial={'“Book” – now…'} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Replace curly quotes with straight ones',
      'Replace long dashes with hyphens',
      'Replace the ellipsis character with three full stops',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Replace curly quotes with straight ones' }));
    expect(screen.getByTestId('text').textContent).toBe('"Book" – now…');
    fireEvent.click(screen.getByRole('button', { name: 'Replace long dashes with hyphens' }));
    fireEvent.click(screen.getByRole('button', { name: /ellipsis/ }));
    expect(screen.getByTestId('text').textContent).toBe('"Book" - now...');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByTestId('message-summary').textContent).toBe('15 characters · 1 text message part · GSM (standard)');
    expect(document.activeElement).toBe(screen.getByTestId('message-summary'));
    expect(screen.getByRole('status').textContent).toBe('Replace the ellipsis character with three full stops: done.');
  });

  it('under Notify rules, warns that an emoji would arrive as "?"', () => {
    render(<MessageInfo text="See you soon 😀" rules="notify" partLimit={2} onFix={() => {}} />);
    expect(screen.getByText(/each would arrive as "\?": 😀 \(emoji\)/)).toBeTruthy();
  });

  it('labels the section by its summary and the fixes as a group', () => {
    render(<MessageInfo text="It’s ready" rules="gsm" partLimit={2} onFix={() => {}} />);
    expect(screen.getByRole('region', { name: /text message part/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Quick fixes that keep the meaning' })).toBeTruthy();
  });
});
