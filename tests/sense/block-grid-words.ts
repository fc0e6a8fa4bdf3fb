// The words of block-grid.ts's grid: a first sentence that sets a person's leg in context × a second
// sentence that says a sign without the part × an optional sentence between or after; and the
// everyday counter-grid (openers that are no body, and the same signs' words in their other senses).

export type BlockLine = {
  text: string;
  /** The opener's family ("injury", "surgery"…) and the sign sentence's shape, for the counts. */
  opener: string;
  shape: string;
  /** Where the sign's sentence starts and ends in `text`. */
  signAt: [number, number];
  /** The cards one of which should mark the sign; none where the grid expects no mark. */
  signEntries: string[];
  /** Whether the sign's own sentence names a lower-limb word (only then may it be red). */
  mayBeRed: boolean;
};

const SWELL = ['edema'];
const CRAMP = ['leg-cramp', 'muscle-spasm'];
/** A person: the opener's subject and owner, and the pronoun and verb ending the sign sentence takes. */
const PEOPLE: [string, string, string, string][] = [
  ['I', 'my', 'I', ''],
  ['He', 'his', 'He', 's'],
  ['She', 'her', 'She', 's'],
  ['My son', 'his', 'He', 's'],
  ['Mum', 'her', 'She', 's'],
];
const INJURIES = ['broke', 'sprained', 'twisted', 'hurt', 'fractured', 'pulled', 'tore'];
const PARTS = ['ankle', 'calf', 'knee', 'leg', 'foot', 'shin', 'Achilles'];
const WHEN = ['in March', 'playing football', 'on the stairs'];

/** Openers other than an injury: `O` the owner, `S` the subject. */
const SETTINGS: [string, string][] = [
  ['surgery', 'S had knee surgery in May.'],
  ['surgery', 'S had an operation on O ankle last month.'],
  ['cast', 'O cast came off on Monday after six weeks on O broken leg.'],
  ['cast', 'S has been in a walking boot since S tore O Achilles.'],
  ['travel', 'After the long flight home O legs felt heavy.'],
  ['travel', 'S drove ten hours yesterday and O feet ached by the end.'],
  ['sport', 'S played a full match on Saturday and took a kick to the shin.'],
  ['sport', 'S ran a half marathon on Sunday and O calves took a beating.'],
  ['pregnancy', "S'm 30 weeks pregnant and O legs ache all the time."],
  ['pregnancy', 'At 34 weeks pregnant O feet are killing me.'],
  ['sign-said', 'O left calf is sore.'],
  ['sign-said', 'O ankle has ached since Friday.'],
  ['sign-said', 'O knee has been painful for a week.'],
];

/** The sign said without its part: first-person and third-person wording, its cards, whether it names a limb word. */
const SIGNS: [string, string, string[], boolean][] = [
  ['I still get some swelling at night.', 'P still get# some swelling at night.', SWELL, false],
  ['The swelling comes and goes.', '', SWELL, false],
  ["There's a lot of bruising.", '', ['bruising'], false],
  ["It's still swollen.", '', SWELL, false],
  ['It swells up by evening.', '', SWELL, false],
  ["It's tender to the touch.", '', ['tenderness'], false],
  ['The numbness spreads to my toes.', 'The numbness spreads to Q toes.', ['numbness'], true],
  ['It goes numb when I sit.', 'It goes numb when P sit#.', ['numbness'], false],
  ['It tingles.', '', ['tingling'], false],
  ['It cramps when I walk.', 'It cramps when P walk#.', CRAMP, false],
  ['The cramps wake me up.', 'The cramps wake Z up.', CRAMP, false],
  ['It feels tight.', '', ['muscle-stiffness'], false],
  ['The tightness eases after a walk.', '', ['muscle-stiffness'], false],
  ['It feels warm.', '', ['warmth'], false],
  ['There is a hard lump.', '', ['lump'], false],
  ['It feels weak.', '', ['muscle-weakness'], false],
  ['It gives way.', '', [], false],
  ['Ice helped the swelling.', '', SWELL, false],
  ['The doctor said the swelling is normal.', '', SWELL, false],
  ['Should I worry about the redness?', 'Should P worry about the redness?', ['redness'], false],
  ["I've had numbness ever since.", 'P has had numbness ever since.', ['numbness'], false],
  ['Now I get cramps at night.', 'Now P get# cramps at night.', CRAMP, false],
  ['The swelling is worse in the evening.', '', SWELL, false],
  ['I also noticed some tingling.', 'P also noticed some tingling.', ['tingling'], false],
  ['The bruising has spread.', '', ['bruising'], false],
  ['There is still some tenderness.', '', ['tenderness'], false],
];
/** Nothing, a sentence about something else between the two, or a question after. */
const BETWEEN = ['', ' Work has been busy.'];
const AFTER = ['', ' Any advice?'];

const OBJECT: Record<string, string> = { I: 'me', He: 'him', She: 'her' };
const POSSESSIVE: Record<string, string> = { I: 'my', He: 'his', She: 'her' };

const signOf = ([first, third]: [string, string, string[], boolean], pronoun: string, ending: string) => {
  if (pronoun === 'I' || third === '') return first;
  return third
    .replace('P', pronoun.toLowerCase())
    .replace(/^p/, 'P')
    .replace('#', ending)
    .replace('Q', POSSESSIVE[pronoun]!)
    .replace('Z', OBJECT[pronoun]!)
    .replace(/^./, (c) => c.toUpperCase());
};

const linesAfter = (opener: string, family: string, pronoun: string, ending: string, out: BlockLine[]) => {
  for (const sign of SIGNS)
    for (const between of BETWEEN)
      for (const after of AFTER) {
        const said = signOf(sign, pronoun, ending);
        const head = `${opener}${between} `;
        out.push({
          text: `${head}${said}${after}`,
          opener: family,
          shape: sign[0],
          signAt: [head.length, head.length + said.length],
          signEntries: sign[2],
          mayBeRed: sign[3],
        });
      }
};

export const blockGridLines = (): BlockLine[] => {
  const lines: BlockLine[] = [];
  for (const [subject, owner, pronoun, ending] of PEOPLE) {
    for (const [k, verb] of INJURIES.entries())
      for (const part of PARTS)
        linesAfter(`${subject} ${verb} ${owner} ${part} ${WHEN[k % WHEN.length]}.`, 'injury', pronoun, ending, lines);
    for (const [family, opener] of SETTINGS) {
      const text = opener
        .replace(/^S'm/, subject === 'I' ? "I'm" : `${subject} is`)
        .replace(/\bS\b/g, subject)
        .replace(/\bO\b/g, owner)
        .replace(/^./, (c) => c.toUpperCase());
      if (family === 'pregnancy' && subject !== 'I' && subject !== 'She' && subject !== 'Mum') continue;
      linesAfter(
        text.replace(/ me\.$/, subject === 'I' ? ' me.' : ` ${OBJECT[pronoun]}.`),
        family,
        pronoun,
        ending,
        lines,
      );
    }
  }
  return lines;
};
