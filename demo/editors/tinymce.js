// TinyMCE (self-hosted, the `tinymce` package, GPL), in its usual iframe mode.
import tinymce from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import { ready } from './shell.js';

const [editor] = await tinymce.init({
  selector: '#editor',
  license_key: 'gpl',
  skin_url: 'default',
  content_css: 'default',
  menubar: false,
  statusbar: false,
  promotion: false,
  toolbar: 'undo redo | bold italic',
  height: 220,
  iframe_aria_text: 'Letter',
});
ready('tinymce', () => editor.getContent({ format: 'text' }));
