/**
 * The promotion kit's stored versions (edited like template overrides, saved atomically), its HTML
 * for the website (built from DOM nodes, every value escaped), and wording that is due a check.
 */
import { describe, expect, it } from 'vitest';
import { PROMOTION_WORDING, PROMOTION_REVIEWED } from '@/src/catalogue/promotion';
import { bannerElement, paragraphFor, websiteHtml } from '@/src/promotion/html';
import {
  EMPTY_PROMOTION_STATE,
  dueForCheck,
  effectiveWording,
  loadPromotionState,
  newWordingId,
  putWording,
  removeWording,
  updatePromotionState,
  type WordingDraft,
} from '@/src/promotion/store';
import { promotionWordingItem } from '@/src/settings/items';

const banner = PROMOTION_WORDING.find((w) => w.id === 'nhs-app--website-banner')!;
const draftOf = (over: Partial<WordingDraft> = {}): WordingDraft => ({ id: banner.id, service: banner.service, channel: banner.channel, title: banner.title, body: banner.body, ...over });

describe('the practice’s own versions', () => {
  it('keeps an edit of a default as an override, and drops one that is the same as the default', () => {
    const edited = putWording(EMPTY_PROMOTION_STATE, PROMOTION_WORDING, draftOf({ body: 'Get the NHS App: ((nhs_app_url))' }), 1000);
    expect(edited.items).toEqual([{ ...draftOf({ body: 'Get the NHS App: ((nhs_app_url))' }), editedFrom: banner.body, updated: 1000 }]);
    const eff = effectiveWording(PROMOTION_WORDING, edited).find((w) => w.id === banner.id)!;
    expect(eff).toMatchObject({ origin: 'edited', body: 'Get the NHS App: ((nhs_app_url))', defaultBody: banner.body, defaultChanged: false });
    expect(putWording(edited, PROMOTION_WORDING, draftOf(), 2000).items).toEqual([]);
    expect(removeWording(edited, banner.id)).toEqual(EMPTY_PROMOTION_STATE);
  });

  it('adds the practice’s own version beside Nudge’s', () => {
    const id = newWordingId(PROMOTION_WORDING.map((w) => w.id), () => 'AB12');
    expect(id).toBe('own-ab12');
    const s = putWording(EMPTY_PROMOTION_STATE, PROMOTION_WORDING, draftOf({ id, title: 'Our banner', body: 'Try the NHS App: ((nhs_app_url))' }), 5);
    const mine = effectiveWording(PROMOTION_WORDING, s).filter((w) => w.service === 'nhs-app' && w.channel === 'website-banner');
    expect(mine.map((w) => [w.id, w.origin])).toEqual([
      [banner.id, 'default'],
      [id, 'own'],
    ]);
  });

  it('saves two changes made at the same moment in different tabs without losing either', async () => {
    const a = draftOf({ id: 'own-a', title: 'A', body: 'A ((nhs_app_url))' });
    const b = draftOf({ id: 'own-b', title: 'B', body: 'B ((nhs_app_url))' });
    await Promise.all([updatePromotionState((s) => putWording(s, PROMOTION_WORDING, a, 1)), updatePromotionState((s) => putWording(s, PROMOTION_WORDING, b, 2))]);
    expect((await loadPromotionState()).items.map((x) => x.id).sort()).toEqual(['own-a', 'own-b']);
  });

  it('refuses to save over stored wording it cannot read, and leaves it as it was', async () => {
    await promotionWordingItem.setValue({ items: [{ id: 'BAD ID' }] } as never);
    await expect(updatePromotionState((s) => s)).rejects.toThrow(/not valid/);
    expect(await promotionWordingItem.getValue()).toEqual({ items: [{ id: 'BAD ID' }] });
    expect(await loadPromotionState()).toEqual(EMPTY_PROMOTION_STATE);
  });
});

describe('wording due a check (hazard H38)', () => {
  const d = effectiveWording(PROMOTION_WORDING, EMPTY_PROMOTION_STATE).find((w) => w.id === banner.id)!;

  it('flags Nudge’s wording last checked more than 12 months ago', () => {
    expect(dueForCheck(d, PROMOTION_REVIEWED)).toBeNull();
    expect(dueForCheck({ ...d, reviewed: '2025-11-30' }, '2026-12-01')).toMatch(/over 12 months ago/);
  });

  it('flags the surgery’s edit when Nudge’s wording has changed since, and its own wording after 12 months', () => {
    const stale = putWording(EMPTY_PROMOTION_STATE, PROMOTION_WORDING, draftOf({ body: 'Old facts ((nhs_app_url))' }), Date.UTC(2026, 0, 1));
    stale.items[0]!.editedFrom = 'an older default';
    const e = effectiveWording(PROMOTION_WORDING, stale).find((w) => w.id === banner.id)!;
    expect(dueForCheck(e, '2026-06-01')).toMatch(/Nudge’s wording for this has been updated/);
    const own = effectiveWording(PROMOTION_WORDING, putWording(EMPTY_PROMOTION_STATE, PROMOTION_WORDING, draftOf({ id: 'own-x', body: 'x ((nhs_app_url))' }), Date.UTC(2025, 0, 1)));
    expect(dueForCheck(own.find((w) => w.id === 'own-x')!, '2026-06-01')).toMatch(/Your surgery last changed/);
  });
});

describe('HTML for the website', () => {
  it('escapes every value: a surgery name holding markup arrives as text', () => {
    const html = websiteHtml({ serviceName: 'NHS App', surgeryName: '<script>alert(1)</script>', banner: 'Hello <b>there</b> & "you"\nGet the NHS App: https://www.nhs.uk/nhs-app/', slug: 'nhs-app' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Hello &lt;b&gt;there&lt;/b&gt; &amp; "you"');
    expect(html).toContain('<a href="https://www.nhs.uk/nhs-app/">Get the NHS App</a>');
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
  });

  it('makes the first line of a section its heading and links only full https addresses', () => {
    const html = websiteHtml({ serviceName: 'Fit notes', surgeryName: 'Castle Mead', section: 'Fit notes\nAsk us: javascript:alert(1)\nSee https://www.nhs.uk/ or http://example.com/x', slug: 'fit-notes' });
    expect(html).toContain('<h2 id="online-fit-notes">Fit notes</h2>');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('<a href="https://www.nhs.uk/">https://www.nhs.uk/</a>');
    expect(html).not.toContain('href="http://example.com');
  });

  it('turns a line ending "Some words: link" into a link with those words', () => {
    const p = paragraphFor(document, 'Order a repeat prescription: https://www.castlemeadmedicalcentre.nhs.uk/prescriptions');
    const a = p.querySelector('a')!;
    expect(a.textContent).toBe('Order a repeat prescription');
    expect(a.getAttribute('href')).toBe('https://www.castlemeadmedicalcentre.nhs.uk/prescriptions');
    expect(bannerElement(document, 'One\nTwo', 'NHS App').querySelectorAll('p')).toHaveLength(2);
  });
});
