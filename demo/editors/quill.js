// Quill 2 (the `quill` package), a message box.
import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { ready } from './shell.js';

const quill = new Quill('#editor', { theme: 'snow', placeholder: 'Message', modules: { toolbar: false } });
quill.root.setAttribute('aria-label', 'Message');
ready('quill', () => quill.getText().replace(/\n$/, ''));
