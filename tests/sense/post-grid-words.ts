// The words of post-grid.ts's grid: a post's first paragraph names a person's leg with an event (the
// writer's or a relative's), a later paragraph says a sign or a condition without the part, maybe
// with an unrelated paragraph between; and the everyday counter-grid (a relative's or a team's
// thing, then the same sign words in their other senses). All in our own words.

export type Post = {
  /** The paragraphs, each a block of its own on the page. */
  paragraphs: string[];
  /** The opener's family and the sign paragraph's shape, for the counts. */
  opener: string;
  shape: string;
  /** The paragraph that says the sign (an index into `paragraphs`). */
  signAt: number;
  /** The cards one of which should mark the sign; none where nothing should be marked. */
  signEntries: string[];
};

/** Whose leg: the subject, the possessive of the part, the pronoun after, and the verb ending. */
const PEOPLE: [string, string, string, string][] = [
  ['I', 'my', 'I', ''],
  ['My son', 'his', 'he', 's'],
  ['My boyfriend', 'his', 'he', 's'],
  ['My husband', 'his', 'he', 's'],
  ['Hubby', 'his', 'he', 's'],
  ['My wife', 'her', 'she', 's'],
  ['My mum', 'her', 'she', 's'],
  ['My dad', 'his', 'he', 's'],
  ['My daughter', 'her', 'she', 's'],
];
const PARTS = ['ankle', 'knee', 'calf', 'leg', 'foot', 'Achilles', 'shin'];
/** The first paragraph: `S` the subject, `O` the owner, `P` the part. */
const EVENTS: [string, string][] = [
  ['broke', 'S broke O P on the stairs three weeks ago.'],
  ['sprained', 'S sprained O P playing netball on Saturday.'],
  ['surgery', 'S had surgery on O P in May.'],
  ['cast', 'S had O P put in a cast six weeks ago.'],
  ['clot', 'S was told there was a clot in O P last month.'],
  ['fall', 'S had a fall in the garden and landed badly on O P.'],
  ['run', 'S went for a long run on Sunday and hurt O P.'],
];
const SWELL = ['edema'];
const CRAMP = ['leg-cramp', 'muscle-spasm'];
/** The sign without its part (`W` the verb ending), its cards, and the parts it fits (all if empty). */
const SIGNS: [string, string[], string[]][] = [
  ['The swelling has gone down a lot.', SWELL, []],
  ['It still swells up when S walkW on it.', SWELL, []],
  ['Ice helped the swelling.', SWELL, []],
  ['The swelling comes back after a day out.', SWELL, []],
  ["There's a lump that wasn't there before.", ['lump'], []],
  ['Is it tendonitis?', ['achilles-tendonitis'], ['Achilles', 'calf']],
  ['The cramps are worse at night.', CRAMP, []],
  ['The numbness comes and goes.', ['numbness'], []],
  ['The bruising is yellow now.', ['bruising'], []],
  ['There is still some tenderness.', ['tenderness'], []],
];
/** The writer's own heel, lump or cramp, said back a paragraph later. */
const OWN: [string, string, string[]][] = [
  ['I have a hard bump on the back of my heel that rubs in shoes.', 'Tendonitis?', ['achilles-tendonitis']],
  ['I have a hard bump on the back of my heel that rubs in shoes.', 'Could it be tendonitis?', ['achilles-tendonitis']],
  ['I found a small lump on the side of my calf last week.', 'The lump is still there.', ['lump']],
  ['My calf cramped up badly during the night.', 'The cramp lasted about a minute.', CRAMP],
];
/** An unrelated paragraph between, or none; a closing question after, or none. */
const BETWEEN = ['', 'Thanks for reading.', 'Work has been busy.'];
const AFTER = ['', 'Any advice?'];

const fill = (pattern: string, subject: string, owner: string, part: string, ending: string) =>
  pattern.replace(/\bS\b/g, subject).replace(/\bO\b/g, owner).replace(/\bP\b/g, part).replace(/W\b/g, ending);

/** Every post of the grid: 2–4 paragraphs. */
export function postGrid(): Post[] {
  const posts: Post[] = [];
  const add = (first: string, sign: string, opener: string, shape: string, signEntries: string[]) => {
    for (const between of BETWEEN)
      for (const after of AFTER) {
        const paragraphs = [first, ...(between ? [between] : []), sign, ...(after ? [after] : [])];
        posts.push({ paragraphs, opener, shape, signAt: between ? 2 : 1, signEntries });
      }
  };
  for (const [subject, owner, pronoun, ending] of PEOPLE)
    for (const part of PARTS)
      for (const [event, pattern] of EVENTS)
        for (const [sign, entries, fits] of SIGNS) {
          if (fits.length > 0 && !fits.includes(part)) continue;
          const person = subject === 'I' ? 'writer' : 'relative';
          const first = fill(pattern, subject, owner, part, ending);
          const said = fill(sign, pronoun, owner, part, ending);
          add(first, said, `${person} ${event}`, sign, entries);
        }
  for (const [first, sign, entries] of OWN) add(first, sign, 'writer own', sign, entries);
  return posts;
}
