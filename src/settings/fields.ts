/** How each setting is shown on the Settings screen: its group, label, hint and kind of control. */
import type { SettingKey } from './model';

export type FieldKind = 'text' | 'url' | 'tel' | 'number' | 'select' | 'checkbox';

export interface FieldSpec {
  key: SettingKey;
  label: string;
  hint?: string;
  kind: FieldKind;
  options?: { value: string; label: string }[];
}

export interface FieldGroup {
  id: string;
  title: string;
  fields: FieldSpec[];
}

const url = (key: SettingKey, label: string, hint?: string): FieldSpec => ({ key, label, kind: 'url', ...(hint ? { hint } : {}) });

export const FIELD_GROUPS: FieldGroup[] = [
  {
    id: 'surgery',
    title: 'Surgery details',
    fields: [
      { key: 'surgeryName', label: 'Surgery name', hint: 'As patients know it. Every text message uses it.', kind: 'text' },
      { key: 'surgeryPhone', label: 'Surgery phone number', hint: 'The number patients ring, for example 01632 960123.', kind: 'tel' },
      { key: 'digitalSupportContact', label: 'Who helps patients with digital skills', hint: 'For example, our reception team.', kind: 'text' },
      {
        key: 'practiceOdsCode',
        label: 'Practice ODS code',
        hint: 'Your GP practice’s code from the NHS Organisation Data Service: a letter followed by 5 digits, like A81001. Every offer records it, so a primary care network can merge its practices’ logs.',
        kind: 'text',
      },
    ],
  },
  {
    id: 'links',
    title: 'Links',
    fields: [
      url('websiteUrl', 'Surgery website', 'Full links only, starting with https://'),
      url('onlineFormUrl', 'Online form'),
      url('nhsAppUrl', 'NHS App'),
      url('repeatPrescriptionsUrl', 'Repeat prescriptions'),
      url('appointmentsUrl', 'Appointments'),
      url('testResultsUrl', 'Test results help', 'NHS App help on seeing test results, or your own page.'),
      url('healthRecordUrl', 'Health record help'),
      url('updateDetailsUrl', 'Update your details'),
      url('homeMonitoringUrl', 'Home monitoring'),
      url('registrationUrl', 'Registering with the surgery', 'Your registration page, or NHS England’s “Register with a GP surgery” service if you use it.'),
      url('fitNoteUrl', 'Fit notes'),
      url('selfCareUrl', 'Self-care information'),
      url('digitalSupportUrl', 'Digital skills help'),
      url('travelUrl', 'Travel health', 'Your travel form or travel vaccines page. Texts ask patients to use it 6 to 8 weeks before they travel.'),
      url('pharmacyFirstUrl', 'Pharmacy First', 'Your page on what local pharmacies can treat under Pharmacy First.'),
      url('selfReferralUrl', 'Services patients can refer themselves to', 'Your page listing self-referral services, such as physiotherapy or NHS Talking Therapies.'),
      url('reviewsUrl', 'Reviews', 'Where patients book a review or fill in a review form.'),
      url('familyAccessUrl', 'Family and carer access help'),
      url('notificationsUrl', 'NHS App notifications help'),
      url('nominatePharmacyUrl', 'Nominating a pharmacy help'),
    ],
  },
  {
    id: 'texts',
    title: 'Text messages',
    fields: [
      { key: 'partLimit', label: 'Most message parts for one text', hint: 'From 1 to 10. The panel warns when a text is longer.', kind: 'number' },
      {
        key: 'countingRules',
        label: 'How message parts are counted',
        kind: 'select',
        options: [
          { value: 'gsm', label: 'Standard text message rules' },
          { value: 'notify', label: 'GOV.UK Notify rules' },
        ],
      },
    ],
  },
  {
    id: 'workstation',
    title: 'This workstation',
    fields: [
      { key: 'workstationName', label: 'Workstation name', hint: 'So staff recognise this computer in merged tallies, for example Reception desk 1.', kind: 'text' },
      {
        key: 'defaultRole',
        label: 'Role the panel starts in',
        kind: 'select',
        options: [
          { value: 'receptionist', label: 'Receptionist' },
          { value: 'clinician', label: 'Clinician' },
          { value: 'manager', label: 'Practice manager' },
        ],
      },
    ],
  },
  {
    id: 'log',
    title: 'Log',
    fields: [
      { key: 'loggingEnabled', label: 'Record offers in the log', kind: 'checkbox' },
      { key: 'retentionMonths', label: 'Months to keep the log', hint: 'From 1 to 120. Older offers are deleted.', kind: 'number' },
      { key: 'trainingModeAllowed', label: 'Staff may use training mode', kind: 'checkbox' },
      { key: 'trainingMode', label: 'Training mode on', hint: 'Offers are marked as practice and left out of tallies.', kind: 'checkbox' },
    ],
  },
];

/** The label of each setting, for error summaries and import messages. */
export const FIELD_LABELS: Partial<Record<SettingKey, string>> = {
  ...Object.fromEntries(FIELD_GROUPS.flatMap((g) => g.fields.map((f) => [f.key, f.label]))),
  siteProfiles: 'Site profiles',
  allowedSites: 'Allowed sites',
  autoBackup: 'Save backups automatically',
};
