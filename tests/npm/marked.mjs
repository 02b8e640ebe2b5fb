import { marked } from 'marked';
console.log(marked.parse('# Title\n\nSome *emphasis* and `code`.\n\n- a\n- b\n\n```js\nlet x = 1;\n```\n'));
