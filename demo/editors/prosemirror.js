// ProseMirror (prosemirror-state/view/model, basic schema, history), a message box.
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { ready } from './shell.js';

const view = new EditorView(document.getElementById('editor'), {
  state: EditorState.create({ schema, plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo })] }),
  attributes: { 'aria-label': 'Message', role: 'textbox', 'aria-multiline': 'true' },
});
ready('prosemirror', () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'));
