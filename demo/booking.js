import { controlled, h } from './framework.js';

const state = { booked: null, note: '' };
const slots = [
  ['08:40', 'Dr Patel', 'GP, face to face'],
  ['09:10', 'Nurse Evans', 'Blood test'],
  ['10:30', 'Dr Patel', 'GP, telephone'],
  ['11:50', 'Pharmacist Shah', 'Medication review'],
];
const note = document.getElementById('booking-note');
const send = document.getElementById('send');
const sync = controlled(note, () => state.note, (v) => { state.note = v; render(); });

function render() {
  document.getElementById('slots').replaceChildren(
    ...slots.map(([t, who, type]) =>
      h('tr', {}, h('td', {}, t), h('td', {}, who), h('td', {}, type),
        h('td', {}, h('button', { type: 'button', onClick: () => { state.booked = `${t} with ${who}`; render(); } }, `Book ${t}`))),
    ),
  );
  document.getElementById('booked').textContent = state.booked ? `Booked: ${state.booked}.` : 'No appointment chosen.';
  sync();
  send.textContent = `Send text message (${state.note.length} characters)`;
  document.getElementById('app-message').textContent = state.note;
}
render();
