import { describe, expect, it } from 'vitest';
import { farmCalves } from '../../../src/matcher/farm-calf.ts';
import { sentencesOf } from '../../../src/matcher/sentences.ts';

/** The calf forms of `block` that `farmCalves` says are the animal, as text. */
const animalCalves = (block: string) => {
  const found = [...block.matchAll(/\b(?:calf['’]s|calf|calves)\b/gi)].map((calf) => ({
    start: calf.index,
    end: calf.index + calf[0].length,
    entryId: 'p/calf-muscle',
    sense: 'relaxed' as const,
  }));
  const sentences = sentencesOf(block);
  return [...farmCalves(block, found, (at) => sentences.at(at))].map((calf) => block.slice(calf.start, calf.end));
};

describe('a calf that is the farm’s animal', () => {
  it.each<[string, string[]]>([
    ['Our cow calved last night. The calf has a swollen knee.', ['calf']],
    ['The newborn calf was up within the hour.', ['calf']],
    ['The calf was coming out with one foot back.', ['calf']],
    ['We had to push the calf back in and find the other leg.', ['calf']],
    ["The calf's knees were swollen and it struggled to stand.", ["calf's"]],
    ['The calf was bawling for its mother all night.', ['calf']],
    ['We keep a small dairy herd. Two of my calves are weak.', ['calves']],
    // A market report's yearlings: "Both calf and yearling markets fell since May." (held18's cattle page).
    ['Both calf and yearling markets fell since May.', ['calf']],
    // A farm forum's calf sale, its cows named only after (held23's everyday web, the nineteenth session).
    ['Talked to a guy yesterday at the calf sale. He told me he brought all his calves to town.', ['calf', 'calves']],
    ['Calf prices were up again this autumn.', ['Calf']],
    ['Checked the heifers. My left calf is killing me though.', []],
    ['My calf is better now. Hot tip: the farmers’ market opens at eight.', []],
    ['Had a Red Bull and the calf cramped at mile 20.', []],
    ['Since giving birth my calves cramp every night.', []],
    ['My calf is swollen after the flight.', []],
    ["Swelling on the ewe's udder this morning. My calf is sore after the hike.", []],
    ['My calf would not suckle this morning.', ['calf']],
    ['Calf Roping is a timed event. The calf is set free when the cowboy nods.', ['Calf', 'calf']],
    ['She learned to lasso a calf on the ranch.', ['calf']],
    ['Spent the weekend at the rodeo and now my calf is cramping every night.', []],
    ['Wore my cowboy boots all day and my calves are so tight.', []],
    ['Twenty minutes of jump roping and my calves are on fire.', []],
    ['Jump-roping is brutal on the calves.', []],
    ['After a day at the rodeo my calves were cramping.', []],
    [
      'I grew up on a dairy. Ran track at school. Moved to the city. Took up trail running. The calf cramped at mile 9.',
      [],
    ],
  ])('%s → %j', (block, expected) => {
    expect(animalCalves(block)).toEqual(expected);
  });
});
