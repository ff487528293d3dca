// Draft.js (with React 18), a message box.
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { ready } from './shell.js';

let current = EditorState.createEmpty();
function Message() {
  const [state, setState] = useState(current);
  return (
    <div style={{ minHeight: '6em', border: '1px solid #889', padding: 6 }}>
      <Editor
        editorState={state}
        onChange={(s) => {
          current = s;
          setState(s);
        }}
        ariaLabel="Message"
        placeholder="Message"
      />
    </div>
  );
}
createRoot(document.getElementById('editor')).render(<Message />);
ready('draft', () => current.getCurrentContent().getPlainText('\n'));
