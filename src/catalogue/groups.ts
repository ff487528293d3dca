/**
 * The groups the guidance names for targeted offers (Promoting online services, "Informing patients:
 * for specific groups"; issue 17, item 2): people who do not attend booked appointments, people
 * overdue a review of an ongoing condition, and people with limited digital skills, "with tailored
 * information and support". Each is served from the panel like any other offer: a text to send and a
 * prompt card for the moment staff meet them. Every offer is logged with the setting the panel
 * records (consultation, phone, front desk, registration or other), so the dashboard counts these by
 * setting as it counts every offer. Tone: support, never pressure; after a missed appointment, no blame.
 */
import type { Setting } from '../log/types';
import { PROMPTS } from './prompts';
import { DEFAULT_TEMPLATES } from './templates';

export type TargetedGroupId = 'missed-appointment' | 'overdue-review' | 'digital-help';

export interface TargetedGroup {
  id: TargetedGroupId;
  /** What staff call the group. */
  label: string;
  /** The guidance's own words for it. */
  guidance: string;
  /** Texts for the group, best first (ids in DEFAULT_TEMPLATES). */
  templates: string[];
  /** The prompt card for the moment staff meet someone in the group (an id in PROMPTS). */
  prompt: string;
}

export const TARGETED_GROUPS: TargetedGroup[] = [
  {
    id: 'missed-appointment',
    label: 'People who missed an appointment',
    guidance: 'patients who do not attend booked appointments',
    templates: ['missed-appointment-short', 'missed-appointment-full', 'appointments-cancel-short'],
    prompt: 'reception-missed-appointment',
  },
  {
    id: 'overdue-review',
    label: 'People overdue a review',
    guidance: 'those who are overdue a review of an ongoing condition',
    templates: ['review-due-short', 'review-due-full'],
    prompt: 'reception-overdue-review',
  },
  {
    id: 'digital-help',
    label: 'People who need help getting online',
    guidance: 'patients with limited digital skills',
    templates: ['phone-or-visit-short', 'digital-skills-short', 'digital-skills-full', 'phone-or-visit-full'],
    prompt: 'reception-digital-support',
  },
];

/** The settings an offer to the group is usually made in: its card's settings. */
export function settingsForGroup(group: TargetedGroup): Setting[] {
  return PROMPTS.find((p) => p.id === group.prompt)?.settings ?? [];
}

/** The targeted groups a text or a prompt card serves (none for most). */
export function groupsFor(item: string): TargetedGroup[] {
  return TARGETED_GROUPS.filter((g) => g.prompt === item || g.templates.includes(item));
}

/** The group's texts as the pack has them (ids it no longer has are skipped). */
export function groupTemplates(group: TargetedGroup) {
  return group.templates.flatMap((id) => DEFAULT_TEMPLATES.find((t) => t.id === id) ?? []);
}
