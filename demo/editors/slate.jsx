// Slate with React (slate, slate-react, slate-history), a reply box.
import React, { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node } from 'slate';
import { Slate, Editable, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import { ready } from './shell.js';

let editor;
function Reply() {
  editor = useMemo(() => withHistory(withReact(createEditor())), []);
  const initial = [{ type: 'paragraph', children: [{ text: '' }] }];
  return (
    <Slate editor={editor} initialValue={initial}>
      <Editable aria-label="Reply to patient" placeholder="Write your reply" style={{ minHeight: '6em', border: '1px solid #889', padding: 6 }} />
    </Slate>
  );
}
createRoot(document.getElementById('editor')).render(<Reply />);
// What Send reads: editor.children, the model itself.
setTimeout(() => ready('slate', () => editor.children.map((n) => Node.string(n)).join('\n')), 0);
