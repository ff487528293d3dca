// CKEditor 5 (the `ckeditor5` package, GPL licence key), a letter editor as clinical systems use.
import { ClassicEditor, Essentials, Paragraph, Bold, Italic, Clipboard, Undo } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { ready } from './shell.js';

const editor = await ClassicEditor.create(document.getElementById('editor'), {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic, Clipboard, Undo],
  toolbar: ['undo', 'redo', '|', 'bold', 'italic'],
  initialData: '<p>Dear Mr Price-Davies,</p><p>Your results are back.</p>',
  label: 'Letter',
});
// The model's plain text: every paragraph's text, one per line.
const text = () => {
  const root = editor.model.document.getRoot();
  return [...root.getChildren()].map((p) => [...p.getChildren()].map((n) => n.data ?? '').join('')).join('\n');
};
ready('ckeditor', text, { html: () => editor.getData() });
