// Renders public/icon/icon.svg to the PNG sizes browsers ask for: `npm run icons`.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const dir = new URL('../../public/icon/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', dir), 'utf8');
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(new URL(`${size}.png`, dir), png);
  console.log(`wrote public/icon/${size}.png`);
}
