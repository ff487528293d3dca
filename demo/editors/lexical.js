// Lexical (vanilla, the `lexical` package with plain text and history), a reply box.
import { createEditor, $getRoot } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { mergeRegister } from '@lexical/utils';
import { ready } from './shell.js';

const editor = createEditor({ namespace: 'reply', onError: (e) => console.error(e) });
editor.setRootElement(document.getElementById('editor'));
mergeRegister(registerPlainText(editor), registerHistory(editor, createEmptyHistoryState(), 300));
ready('lexical', () => editor.getEditorState().read(() => $getRoot().getTextContent()));
