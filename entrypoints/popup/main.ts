import { BUNDLED_PACKS } from '../../src/glossary/bundled-packs.ts';
import { describeSource } from '../../src/glossary/describe-source.ts';
import { renderReference } from '../../src/popup/render-reference.ts';

const main = document.getElementById('reference');
const footer = document.getElementById('source');
for (const pack of BUNDLED_PACKS) {
  main?.append(renderReference(document, pack));
  const line = document.createElement('p');
  line.textContent = `${pack.title}: written in our own words from ${describeSource(pack)}. ${pack.disclaimer}`;
  footer?.append(line);
}
