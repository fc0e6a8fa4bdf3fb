// `node tests/sense/article-grid.ts [--fails]`: what the bundled matcher marks in plain health-article
// phrasing about the leg (the article16 round, docs/sense.md "Plain article sentences about the leg"):
// a sign at an anatomical position, a joint's motion, a generic owner in care advice, a list of
// regions, a sign with a preposition and a part, a pain's path, a knee in a condition's name. Each line
// says which words should be marked, on which card and in which colour (issue 11's red rule: a weak
// urgent sign is red where a lower-limb word is in its sentence; "hands and feet" is the body's
// anchor, normal colour). Prints the counts by family and kind of failure; `--fails` lists them.
import { bundledMatcher } from './grid-tally.ts';

type Want = { word: string; entry: string; isRed: boolean; isOptional?: boolean };
type Line = { family: string; text: string; wants: Want[] };

const matcher = bundledMatcher();

/** The parts of the leg, and the card a part's own word is marked with (none: no card of its own). */
const PARTS: Record<string, string | undefined> = {
  knee: 'knee-joint',
  ankle: 'ankle-joint',
  calf: 'calf-muscle',
  shin: undefined,
  heel: undefined,
  Achilles: 'achilles-tendon',
  foot: undefined,
  leg: undefined,
};
/** The signs, their card and whether the card is urgent (red where the leg is in the sentence). */
const SIGNS: [string, string | undefined, boolean][] = [
  ['pain', undefined, false],
  ['tenderness', 'tenderness', true],
  ['swelling', 'edema', true],
  ['numbness', 'numbness', true],
  ['stiffness', 'muscle-stiffness', false],
  ['weakness', 'muscle-weakness', true],
  ['bruising', 'bruising', false],
  ['redness', 'redness', true],
  ['warmth', 'warmth', true],
];
const POSITIONS = [
  'the front of',
  'the back of',
  'the inside of',
  'the outside of',
  'the top of',
  'the bottom of',
  'the anterior aspect of',
  'the posterior aspect of',
  'the medial aspect of',
  'the lateral aspect of',
  'the medial side of',
  'below',
  'above',
  'behind',
  'around',
  'over',
];
const PREPOSITIONS = ['in', 'at', 'of', 'around', 'behind', 'over'];
const part = (name: string): Want[] => {
  const entry = PARTS[name];
  return entry ? [{ word: name, entry, isRed: false }] : [];
};
// A joint's or a tendon's stiffness or weakness may not be the muscle's card (joint-stiffness.ts,
// joint-weakness.ts): only a muscle's part, or the whole leg or foot, asks for those marks; elsewhere a
// mark or none is no failure.
const MUSCLE_STATES: Record<string, string[]> = { stiffness: ['calf', 'leg'], weakness: ['calf', 'leg', 'foot'] };
const sign = (name: string, at?: string): Want[] => {
  const [, entry, isUrgent] = SIGNS.find(([word]) => word === name)!;
  const isOptional = at !== undefined && MUSCLE_STATES[name] !== undefined && !MUSCLE_STATES[name].includes(at);
  return entry ? [{ word: name, entry, isRed: isUrgent, isOptional }] : [];
};
const the = (name: string) => (name === 'Achilles' ? 'the Achilles' : `the ${name}`);

const lines: Line[] = [];
const add = (family: string, text: string, wants: Want[]) => lines.push({ family, text, wants });
for (const name of Object.keys(PARTS))
  for (const at of POSITIONS) {
    const place = `${at} ${the(name)}`;
    const on = at.startsWith('the ') ? 'on ' : '';
    add('position', `Soreness ${on}${place} is a common complaint after a fall.`, part(name));
    add('position', `The doctor may find tenderness ${on}${place}.`, [...sign('tenderness'), ...part(name)]);
  }
for (const [text, name] of [
  ['In a sprain the ankle rolls inward and the ligaments are overstretched.', 'ankle'],
  ['As you climb the stairs, the knee bends and then straightens.', 'knee'],
  ['The knee straightens fully when the quadriceps contract.', 'knee'],
  ['Pain on knee bending is typical of a meniscus problem.', 'knee'],
  ['Knee bending beyond ninety degrees may be painful for weeks.', 'knee'],
  ['When the ankle turns under the body, the outer ligaments can tear.', 'ankle'],
  ['The ankle twists as the foot lands on uneven ground.', 'ankle'],
  ['Each time the heel strikes the ground, the Achilles takes the load.', 'Achilles'],
  ['If the foot turns inward too far, the ankle can be sprained.', 'ankle'],
  ['The knee gives way when the ligament is torn.', 'knee'],
  ['In a sprain the joint gives and the ankle twists under the body.', 'ankle'],
] as const)
  add('motion', text, part(name));
for (const owner of ['their', 'your', "the patient's", "a person's", "one's", 'the affected'])
  for (const name of ['leg', 'knee', 'ankle', 'calf']) {
    const plural = name === 'calf' ? 'calves' : `${name}s`;
    add('owner', `Raise ${owner} ${name} on a cushion to ease the swelling.`, [...part(name), ...sign('swelling')]);
    add('owner', `Check ${owner} ${plural} for numbness every hour.`, [
      ...(PARTS[name] ? [{ word: plural, entry: PARTS[name]!, isRed: false }] : []),
      ...sign('numbness'),
    ]);
  }
for (const list of ['an arm or leg', 'arms and legs', 'an arm or a leg', 'a hand or a leg', 'the feet and ankles']) {
  const ankles = list.includes('ankles') ? [{ word: 'ankles', entry: 'ankle-joint', isRed: false }] : [];
  for (const [template, name] of [
    ['Fluid builds up and causes swelling in LIST.', 'swelling'],
    ['Sudden weakness in LIST needs urgent care.', 'weakness'],
    ['Numbness of LIST can follow a stroke.', 'numbness'],
  ] as const)
    add('list', template.replace('LIST', list), [...sign(name), ...ankles]);
}
add('list', 'Swelling of the hands and feet is common in hot weather.', [
  { word: 'Swelling', entry: 'edema', isRed: false },
]);
for (const name of Object.keys(PARTS))
  for (const [word] of SIGNS)
    for (const at of PREPOSITIONS)
      add('sign', `Patients often report ${word} ${at} ${the(name)} after the injury.`, [
        ...sign(word, name),
        ...part(name),
      ]);
for (const [text, names] of [
  ['The aching runs from below the knee to just above the ankle.', ['knee', 'ankle']],
  ['Pain spreads from the back of the knee down into the calf.', ['knee', 'calf']],
  ['The soreness travels from the calf to the Achilles.', ['calf', 'Achilles']],
  ['Discomfort may run along the shin from the knee to the ankle.', ['knee', 'ankle']],
] as const)
  add('path', text, names.flatMap(part));
for (const text of [
  "Runner's knee is a common complaint in people who run.",
  "Jumper's knee causes pain just below the kneecap.",
  'Knee flexion is limited for a few weeks after the operation.',
  'Knee extension exercises strengthen the quadriceps.',
  'A knee that turns in when you squat strains the ligaments.',
  'Knee alignment matters when you land from a jump.',
])
  add('knee', text, [{ word: text.match(/knee/i)![0], entry: 'knee-joint', isRed: false }]);

const counts = new Map<string, { lines: number; fails: Map<string, number> }>();
const isListing = process.argv.includes('--fails');
let failed = 0;
for (const line of lines) {
  const marks = matcher.match(line.text).map((mark) => ({ ...mark, word: line.text.slice(mark.start, mark.end) }));
  const failures: string[] = [];
  for (const want of line.wants) {
    const mark = marks.find((found) => found.word.toLowerCase().split(' ').includes(want.word.toLowerCase()));
    const kind = Object.values(PARTS).includes(want.entry) ? 'part' : 'sign';
    if (!mark) {
      if (!want.isOptional) failures.push(`${kind} unmarked`);
    } else if (want.isOptional) continue;
    else if (mark.word.length === want.word.length && mark.entryId.replace(/^[^/]+\//, '') !== want.entry)
      failures.push('wrong card');
    else if (mark.isUrgent !== want.isRed) failures.push(want.isRed ? 'red missed' : 'false red');
  }
  const extra = marks.filter(
    (mark) => !line.wants.some((want) => mark.word.toLowerCase().split(' ').includes(want.word.toLowerCase())),
  );
  if (extra.length > 0) failures.push('extra mark');
  const family = counts.get(line.family) ?? { lines: 0, fails: new Map<string, number>() };
  counts.set(line.family, family);
  family.lines++;
  if (failures.length > 0) failed++;
  for (const failure of new Set(failures)) family.fails.set(failure, (family.fails.get(failure) ?? 0) + 1);
  if (isListing && failures.length > 0) {
    const shown = marks.map(
      (mark) => `${mark.word}=${mark.entryId.replace(/^[^/]+\//, '')}${mark.isUrgent ? '!' : ''}`,
    );
    console.log(`${line.family}\t${[...new Set(failures)].join(', ')}\t${line.text}\t[${shown.join(' ')}]`);
  }
}
let total = 0;
for (const [family, { lines: count, fails }] of counts) {
  total += count;
  const listed = [...fails].map(([kind, n]) => `${kind} ${n}`).join(', ');
  console.log(`${family}: ${count} lines; ${listed || 'no failures'}`);
}
console.log(`${total} lines, ${failed} with a failure`);
