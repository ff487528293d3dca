import { PATIENTS, SURGERY_PHONE } from './patients.js';
import { controlled, h } from './framework.js';

// App state. The message lives here, not in the DOM.
const state = { patientId: new URLSearchParams(location.search).get('patient') ?? '1', message: '', sent: [] };
const patient = () => PATIENTS.find((p) => p.id === state.patientId) ?? PATIENTS[0];

const banner = document.getElementById('patient-banner');
const journal = document.getElementById('journal');
const box = document.getElementById('sms-text');
const sendButton = document.getElementById('send');
const appView = document.getElementById('app-message');
const sentList = document.getElementById('sent');
const toSelect = document.getElementById('sms-to');
document.getElementById('surgery-phone').textContent = SURGERY_PHONE;

const sync = controlled(
  box,
  () => state.message,
  (v) => {
    state.message = v;
    render();
  },
);

function render() {
  const p = patient();
  banner.replaceChildren(
    h('dl', { class: 'banner-list' },
      h('div', {}, h('dt', {}, 'Name'), h('dd', { 'data-testid': 'banner-name' }, p.name)),
      h('div', {}, h('dt', {}, 'Born'), h('dd', {}, p.born)),
      h('div', {}, h('dt', {}, 'NHS number'), h('dd', {}, p.nhs)),
      h('div', {}, h('dt', {}, p.mobiles.length > 1 ? 'Mobiles' : 'Mobile'), h('dd', {}, p.mobiles.join(', '))),
    ),
  );
  journal.replaceChildren(...p.journal.map(([d, t]) => h('li', {}, h('strong', {}, d), ' ', t)));
  toSelect.replaceChildren(...p.mobiles.map((m) => h('option', { value: m }, m)));
  sync();
  sendButton.textContent = `Send text message (${state.message.length} characters)`;
  appView.textContent = state.message;
  sentList.replaceChildren(...state.sent.map((s) => h('li', {}, s)));
  document.title = `Consultation – ${p.name.split(',')[0]} – Riverbank demo`;
}

sendButton.addEventListener('click', () => {
  if (!state.message.trim()) return;
  state.sent.push(`To ${toSelect.value}: ${state.message}`);
  state.message = '';
  render();
});

// "Next patient" changes the patient without loading a new page, as single-page apps do.
document.getElementById('next-patient').addEventListener('click', () => {
  const i = PATIENTS.findIndex((p) => p.id === state.patientId);
  state.patientId = PATIENTS[(i + 1) % PATIENTS.length].id;
  history.pushState({}, '', `?patient=${state.patientId}`);
  render();
});
window.addEventListener('popstate', () => {
  state.patientId = new URLSearchParams(location.search).get('patient') ?? '1';
  render();
});

render();
