import { BUNDLED_PACKS } from '../../src/glossary/bundled-packs.ts';
import { renderPackList } from '../../src/options/render-pack-list.ts';

document.getElementById('packs')?.append(...renderPackList(document, BUNDLED_PACKS));
