// The words of bruise-grid.ts's grid: owners × the bruise's forms × the shapes sport, forum and
// article posts tell a bruise in, with and without a part of the leg (the everyday counter-grid is
// bruise-everyday.ts). Each line names the bruise's word; the bruising card should mark it, never red.

export type BruiseLine = {
  text: string;
  frame: string;
  shape: string;
  /** The bruise's word as written in the line ("bruise", "bruising", "bruised"). */
  word: string;
  /** The card that should mark `word`, or none where the grid's decision is that no card explains it. */
  entry?: string;
};

/** An owner: the possessive before the bruise, and the person as subject and object. */
type Owner = { pos: string; who: string; obj: string; isFirst?: boolean };
const OWNERS: Owner[] = [
  { pos: 'my', who: 'I', obj: 'me', isFirst: true },
  { pos: 'his', who: 'he', obj: 'him' },
  { pos: 'her', who: 'she', obj: 'her' },
  { pos: "a player's", who: 'the winger', obj: 'him' },
  { pos: 'the', who: 'the centre', obj: 'him' },
];
/** A noun form: the word, its article where it takes one, and the verb agreeing with it. */
type Noun = { word: string; a: string; is: string; has: string };
const NOUNS: Noun[] = [
  { word: 'bruise', a: 'a ', is: 'is', has: 'has' },
  { word: 'bruises', a: '', is: 'are', has: 'have' },
  { word: 'bruising', a: '', is: 'is', has: 'has' },
];
const CAUSES = ['a puck', 'a slash with a stick', 'a tackle', 'the boards', 'a fall', 'a kick', 'the ball'];
const PARTS = ['shin', 'calf', 'knee', 'thigh'];

/** A shape: the noun phrase {np} (owner and form), {who}/{obj}/{has}, {a}{b} a bare form, {part} where it goes. */
const SHAPES: [string, string][] = [
  ...CAUSES.map((cause): [string, string] => [`came from ${cause}`, `{np}{part} came from ${cause}`]),
  ['left with', '{Cause} left {obj} with {a}{b}{part}'],
  ['resulted in', 'a hit in the second half resulted in {a}{b}{part} for {obj}'],
  ['show', '{who} showed the lads {np}{part} after the game'],
  ['share', 'just sharing {np}{part} from Saturday'],
  ['biggest', '{np}{part} {is} the biggest {who} {has} ever had'],
  ['weirdest', '{np}{part} {is} the weirdest colour'],
  ['deep', '{who} {has} a deep {b}{part} from the tackle'],
  ['bone bruise', '{who} {has} a bone {b}{part} from the tackle'],
  ['contusion', 'the physio said {who} {has} a contusion, basically a deep {b}{part}'],
  ['blood under the skin', '{np}{part} {is} just blood under the skin'],
  ['discoloration', 'the discoloration of {np}{part} {is} spreading'],
  ['sprain or bruise', 'not sure if {who} {has} a sprain or just {a}{b}{part}'],
  ['pain and bruising', '{who} {has} pain and {a}{b}{part} since the match'],
  ['injection', '{who} got {a}{b}{part} after the injection'],
  ['blood test', '{who} got {a}{b} after a blood test'],
  ['surgery', '{who} {has} {a}{b}{part} after surgery'],
  ['normal?', 'is {np}{part} normal'],
  ['turned green', '{np}{part} turned green'],
  ['went yellow', '{np}{part} went yellow at the edges'],
  ["won't go away", "{np}{part} won't go away"],
];
/** "bruised" said of a person or a part: "the centre limped off with a bruised knee". */
const BRUISED_SHAPES: [string, string][] = [
  ['limped off bruised', '{who} limped off with a bruised {legpart}'],
  ['bruised a part', '{who} bruised {pos2} {legpart} in the tackle'],
  ['part is bruised', '{pos2} {legpart} is bruised from the puck'],
  ['badly bruised', '{pos2} {legpart} is badly bruised after the fall'],
  ['got bruised', '{who} got bruised blocking a shot'],
  ['bruised and sore', '{who} {isPerson} bruised and sore after the game'],
  ['bruised ribs', '{who} {has3} bruised ribs from the boards'],
];
/** Sport, forum and article frames around a clause. */
const FRAMES: [string, (clause: string) => string][] = [
  ['plain', (c) => `${cap(c)}.`],
  ['hockey', (c) => `Hockey last night. ${cap(c)}.`],
  ['rugby forum', (c) => `${cap(c)}, should I be worried?`],
  ['article', (c) => `In contact sports such as football, ${c}.`],
];

export const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const third = (owner: Owner) => !owner.isFirst;

export const bruiseLines = (): BruiseLine[] => {
  const lines: BruiseLine[] = [];
  const push = (clause: string, shape: string, word: string, entry?: string) => {
    for (const [frame, framed] of FRAMES) lines.push({ text: framed(clause), frame, shape, word, entry });
  };
  OWNERS.forEach((owner, o) => {
    for (const noun of NOUNS)
      SHAPES.forEach(([shape, template], s) => {
        for (const hasPart of [false, true]) {
          const partPos = owner.pos === "a player's" ? 'his' : owner.pos === 'the' ? 'the' : owner.pos;
          const part = hasPart ? ` on ${partPos} ${PARTS[(s + o) % PARTS.length]}` : '';
          if (!hasPart || template.includes('{part}')) {
            const clause = template
              .replace('{np}', `${owner.pos} ${noun.word}`)
              .replace('{Cause}', CAUSES[(s + o) % CAUSES.length]!)
              .replace('{who}', owner.who)
              .replace('{obj}', owner.obj)
              .replace('{is}', noun.is)
              .replace('{has}', third(owner) ? 'has' : 'have')
              .replace('{a}', noun.a)
              .replace('{b}', noun.word)
              .replace('{part}', part);
            push(clause, shape, noun.word, shape === 'bone bruise' ? undefined : 'bruising');
          }
        }
      });
    BRUISED_SHAPES.forEach(([shape, template], s) => {
      const clause = template
        .replace('{who}', owner.who)
        .replace('{pos2}', owner.isFirst ? 'my' : owner.pos === 'her' ? 'her' : 'his')
        .replace('{legpart}', PARTS[(s + o) % PARTS.length]!)
        .replace('{isPerson}', third(owner) ? 'is' : 'am')
        .replace('{has3}', third(owner) ? 'has' : 'have');
      push(clause, shape, 'bruised', 'bruising');
    });
  });
  return lines;
};
