// A small forum thread in React, rendered on the server (renderToString) and hydrated in the
// browser (hydrateRoot), then changed by state: the kind of page where extensions that rewrite
// text cause hydration errors. Plain createElement: no JSX step in the tests.
import { createElement as h, useEffect, useState } from 'react';

export const FIRST_POSTS = [
  'Felt a pull in my calf at mile 5; the physio says it is the soleus.',
  'If the calf is swollen and warm, get checked for a blood clot.',
];

const MORE_POSTS = ['Gentle stretching and a proper warm-up helped my gastrocnemius.', 'Tennis leg took me six weeks.'];

export function App() {
  const [posts, setPosts] = useState(FIRST_POSTS);
  const [topic, setTopic] = useState('Calf pain after a 10k');
  useEffect(() => {
    (window as unknown as { hydrated: boolean }).hydrated = true;
  }, []);
  return h(
    'main',
    null,
    h('h1', { id: 'topic' }, topic),
    posts.map((text, i) => h('article', { key: i, className: 'post' }, h('p', null, text))),
    h('button', { id: 'more', onClick: () => setPosts([...posts, ...MORE_POSTS]) }, 'Load more'),
    h('button', { id: 'rename', onClick: () => setTopic('Achilles tendon pain') }, 'Rename'),
  );
}
