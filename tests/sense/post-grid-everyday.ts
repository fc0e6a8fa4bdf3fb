// post-grid.ts's counter-grid: a first paragraph about a person's thing that is no body (the writer's
// or a relative's phone, car, garden, boots or farm calf), or a sports or news page's player or patient
// with an injury, then paragraphs with the grid's sign words in their everyday senses. Nothing may be
// marked in the later paragraph. In our own words.
import type { Post } from './post-grid-words.ts';

/** The writer or a relative: the subject and the possessive. */
const PEOPLE: [string, string][] = [
  ['I', 'my'],
  ['My son', 'his'],
  ['My boyfriend', 'his'],
  ['My husband', 'his'],
  ['Hubby', 'his'],
  ['My wife', 'her'],
  ['My mum', 'her'],
  ['My dad', 'his'],
  ['My daughter', 'her'],
];
/** A thing of theirs, `S` the subject and `O` the owner: some with an event word or a part's name in another sense. */
const THINGS = [
  'S broke O phone screen on the stairs three weeks ago.',
  'S had O car put in the garage after a dent in the wing.',
  'S spent the weekend clearing O garden after the flood.',
  'S had O laptop repaired in May.',
  'S broke the chain on O bike on Saturday.',
  'S signed a new contract at work on Friday.',
  'S opened a second shop for O bakery this spring.',
  'S had a falling out with O sister over the wedding.',
  'S left O ankle boots by the cast-iron stove.',
  'S tore O jeans at the knee on the slide.',
  'S painted the legs of O dining table.',
  'S took O calf to the county show after it had a fall in the pen.',
  'S had O heart broken by the transfer news.',
  'S put O foot down about the holiday after the fall in prices.',
  'S had surgery on O old watch at the repair shop.',
];
/** A sports or news page's third person, with an injury to the leg. */
const PLAYERS = ['Smith', 'The striker', 'Their captain', 'The keeper', 'Jones', 'The patient in the study'];
const INJURIES = [
  'twisted his ankle in the first half.',
  'had surgery on his knee in May.',
  'went off with a calf strain before the break.',
  'broke his leg in a late tackle.',
  'tore his Achilles in training.',
  'had a fall and landed badly on his knee.',
  'had his ankle put in a cast after the match.',
];
/** Later paragraphs: the grid's sign words in other senses. */
const EVERYDAY = [
  'The swelling of the river has gone down a lot.',
  'The swelling of the crowd at the gates made it slow.',
  'Ice helped the drinks stay cold.',
  "There's a lump in the gravy that wasn't there before.",
  'There is a lump in the mattress now.',
  "The market's weakness continued into the week.",
  "The team's weakness in defence was plain to see.",
  'It was a tight finish in the end.',
  'Our budget is stretched this month.',
  'The bruising defeat still stings.',
  'The numbness of the paperwork comes and goes.',
  'The cramped flat is worse at night.',
  'There is still some tenderness in the way he talks about it.',
  'The stiff breeze made the second half hard.',
  'Prices swelled over the summer.',
  'The river swells up after every storm.',
  'The lump sum comes next month.',
  'Our style is cramped in the new office.',
  'It was a bruising week for the shares.',
  'The redness of the sunset was something else.',
  'The chicken stays tender if you rest it.',
  'The stretch of road by the school is closed.',
  'The tightness of the race comes and goes.',
  'The numbness of the crowd after the goal was strange.',
];
const BETWEEN = ['', 'Thanks for reading.', 'Work has been busy.'];
const AFTER = ['', 'Any advice?'];

/** Every post of the counter-grid: each everyday paragraph after each opener. */
export function everydayPosts(): Post[] {
  const openers: [string, string][] = [
    ...PEOPLE.flatMap(([subject, owner]) =>
      THINGS.map((thing): [string, string] => [
        subject === 'I' ? 'writer thing' : 'relative thing',
        thing.replace(/\bS\b/g, subject).replace(/\bO\b/g, owner),
      ]),
    ),
    ...PLAYERS.flatMap((player) =>
      INJURIES.map((injury): [string, string] => ['player injury', `${player} ${injury}`]),
    ),
  ];
  const posts: Post[] = [];
  for (const [opener, first] of openers)
    for (const sign of EVERYDAY)
      for (const between of BETWEEN)
        for (const after of AFTER) {
          const paragraphs = [first, ...(between ? [between] : []), sign, ...(after ? [after] : [])];
          posts.push({ paragraphs, opener, shape: sign, signAt: between ? 2 : 1, signEntries: [] });
        }
  return posts;
}
