import { describe, expect, it } from 'vitest';
import { NO_ANCHOR_WORDS } from '../../../src/matcher/anchor-words.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';

/** A small pack of its own, so each rule is seen apart from the bundled glossary's lists. */
const matcher = compileMatcher(
  [
    { id: 'dvt', forms: ['DVT'], isUrgent: true },
    { id: 'calf', forms: [{ text: 'calf', sense: 'weak' }] },
    { id: 'knee', forms: [{ text: 'knee', sense: 'weak' }], negativeContexts: ['down on my knees'] },
    {
      id: 'tenderness',
      forms: [{ text: 'tender', sense: 'weak' }],
      negativeContexts: ['legal tender'],
      isUrgent: true,
      isSymptom: true,
    },
    { id: 'warmth', forms: [{ text: 'warm', sense: 'paired' }], isUrgent: true, isSymptom: true },
    { id: 'redness', forms: [{ text: 'red', sense: 'paired' }], isUrgent: true, isSymptom: true },
    {
      id: 'stretching',
      forms: [
        { text: 'stretching', sense: 'relaxed' },
        { text: 'stretched', sense: 'relaxed' },
      ],
    },
    { id: 'ankle', forms: [{ text: 'ankle', sense: 'relaxed' }] },
    { id: 'stiffness', forms: [{ text: 'stiff', sense: 'weak' }], negativeContexts: ['knees are stiff'] },
    { id: 'strain', forms: ['pulled my calf'] },
  ],
  {
    ...NO_ANCHOR_WORDS,
    lowerLimb: ['leg'],
    body: ['muscle'],
    framed: ['calf', 'knee', 'foot'],
    framesBefore: ['my', 'in the'],
    framesAfter: ['pain', 'is tender', 'brace'],
    symptoms: ['painful'],
    otherSenses: ['lamb', 'itself in the foot', 'dog', 'herd'],
    exercise: ['workout', 'ankle circles', 'calf raises'],
  },
);

const marks = (text: string) =>
  matcher.match(text).map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

describe('the sense rules', () => {
  it.each<[string, string, string[]]>([
    ['a strong form stands alone, red when urgent', 'Rule out DVT.', ['DVT!']],
    ['a weak form alone is not marked', 'The tender closes Friday.', []],
    ['a strong form anchors it, not red without the lower limb', 'Tender, then DVT.', ['Tender', 'DVT!']],
    ['a lower-limb word anchors it, red', 'My leg is tender.', ['tender!']],
    ['a body word anchors it, not red', 'The muscle is tender.', ['tender']],
    ['a frame anchors it, the framed word too', 'My calf is tender.', ['calf', 'tender!']],
    ['a frame after the word', 'Calf pain and a tender spot.', ['Calf', 'tender!']],
    ['weak forms never anchor each other', 'A tender calf.', []],
    ['a form never anchors itself', 'The knee.', []],
    ['the anchor must be in the same sentence', 'My leg hurts. The tender was won.', []],
    ['a food word cancels body anchors', 'The leg of lamb is tender.', []],
    ['…a pet does not cancel "my"', 'A dog bit my calf and it is tender.', ['calf', 'tender!']],
    ['…but cancels the rest', "The dog's leg is tender.", []],
    ['…and other senses with it cancel "my" too', 'A dog in the herd bit my calf and it is tender.', []],
    ['…and so does a food word', 'My calf, the lamb, is tender.', []],
    ['a body word anchors its own clause only', 'My leg hurts, and the offer was tender.', []],
    ['…a frame too', 'I hurt my calf; the tender closed.', ['calf']],
    ['…but a clause that goes on with the body is the same', 'My leg hurts, and the muscle is tender.', ['tender!']],
    ['…or with a form', 'My calf hurts, and the tender spot is sore.', ['calf', 'tender!']],
    ['…or with the skin', 'My leg hurts, but the skin is tender.', ['tender!']],
    [
      '…and a sentence before counts whole',
      'My leg is painful, but the offer is off. It was tender and painful.',
      ['tender!'],
    ],
    ['a paired form needs a second symptom', 'My leg is warm.', []],
    ['…and has it', 'My leg is warm and tender.', ['warm!', 'tender!']],
    ['…or a symptom word', 'My leg is warm and painful.', ['warm!']],
    ['two paired forms keep no company of each other', 'Kept my leg warm with the red rug.', []],
    ['…nor far apart', 'The red tiles under my leg were warm.', []],
    ['…unless one list said of a body word', 'My leg is red and warm.', ['red!', 'warm!']],
    ['…said of a framed word', 'My calf is so red, and it feels warm.', ['calf', 'red!', 'warm!']],
    ['…after another item', 'My calf is rock hard, red and warm.', ['calf', 'red!', 'warm!']],
    ['…or right before one', 'Warm, red calf in my leg.', ['Warm!', 'red!', 'calf']],
    ['a negative context suppresses its entry', 'My leg: legal tender.', []],
    ['a frame inside a negative context is none', 'I went down on my knees, tender with relief.', []],
    ['a negative context spares other entries', 'My knees are stiff.', ['knees']],
    ['exercise anchors relaxed forms', 'Stretching after a workout.', ['Stretching']],
    ['exercise does not anchor weak forms', 'A tender workout.', []],
    ['a word of exercise that starts with a relaxed form anchors it', 'Ankle circles at your desk.', ['Ankle']],
    ['…but not a weak form', 'Calf raises at your desk.', []],
    ["a person's possessive frames a framed word", "My husband's calf is tender.", ['calf', 'tender!']],
    ["…a person's, not any", "The company's foot soldiers, a tender spot.", []],
    ['a relaxed form takes the sentence before', 'My leg hurts. Stretching helps.', ['Stretching']],
    ['…but not the sentence after', 'Stretching helps. My calf is fine.', ['calf']],
    ['an idiom with a body word cancels body anchors', 'The party shot itself in the foot, a tender spot.', []],
    ['…without it, the frame anchors', 'A kick in the foot, a tender spot.', ['tender!']],
    ['"my" in a form stands for anyone\'s', 'He pulled his calf.', ['pulled his calf']],
    ['a family name alone frames like a possessive', "Wife's calf, a tender spot.", ['calf', 'tender!']],
    ['a state after one intensifier frames', 'The knee is so tender.', ['knee', 'tender!']],
    ['…and in another tense', 'The knee was tender.', ['knee', 'tender!']],
    ['…but not after any word', 'The knee is a tender subject.', []],
    ['a form said of "it" takes the sentence before, red', 'My leg hurts. It is tender and painful.', ['tender!']],
    // The itsign round (it-sign.ts): with no second symptom in its sentence, the normal colour.
    ['…but with no second symptom, the normal colour', 'My leg hurts. It is tender.', ['tender']],
    ['…after a lead-in and in a list', 'My leg hurts. By evening it was warm and tender.', ['warm!', 'tender!']],
    [
      '…"mine" points back too, with a word of degree before the form',
      "My leg hurts. Mine's a bit tender.",
      ['tender!'],
    ],
    // A denied sign is still the card's, but takes no red from the leg named before it (denied-sign.ts, the blow16 round).
    ['…and "not" is no escape from it, in the normal colour', "My leg hurts. It's not tender.", ['tender']],
    ['…and two sentences before, not red', 'My leg hurts. I rested. By evening it was tender.', ['tender']],
    ['…but not three', 'My leg hurts. I rested. I slept. By evening it was tender.', []],
    ['a sentence that merely starts with "they" takes nothing', 'My leg hurts. They say the tender is off.', []],
    ['"it" with a word between says nothing of the leg', "My leg hurts. It's a tender subject.", []],
    // The split round (docs/sense.md).
    ['a strong form anchors its own clause only', 'Rule out DVT, and the offer was tender.', ['DVT!']],
    ['…as far as it goes', 'A DVT, now tender and warm.', ['DVT!', 'tender', 'warm']],
    ['gear after a framed word anchors that word only', 'The knee brace is stiff.', ['knee']],
    // "My knee brace is stiff" is the brace's own stiffness (worn-uses.ts).
    ['…with a person, the frame stands', 'My knee brace is on and I still feel stiff.', ['knee', 'stiff']],
    ['a relaxed adjective before its noun takes nothing before', 'My leg hurts. Stretched defence lost.', []],
    ['…before a word that is no noun, it does', 'My leg hurts. Stretched all morning.', ['Stretched']],
    ['a lower-case sentence is a sentence', 'my leg hurts. the tender was won.', []],
    ['…and its fragment takes the sentence before, not red', 'hurt my calf. still tender lol', ['calf', 'tender']],
    ['…but its other senses carry on', 'the herd is out. my calf is tender.', []],
    ['phone-typed "its" is said of it', 'my leg hurts. its tender now', ['tender!']],
  ])('%s', (_rule, text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it('relaxes relaxed forms, and only them, on a page that declares itself medical', () => {
    const entries = [
      { id: 'stretching', forms: [{ text: 'stretching', sense: 'relaxed' as const }] },
      { id: 'tenderness', forms: [{ text: 'tender', sense: 'weak' as const }] },
    ];
    const medical = compileMatcher(entries, NO_ANCHOR_WORDS, { isHealthPage: true });
    expect(medical.match('Stretching is tender work.').map((m) => m.entryId)).toEqual(['stretching']);
  });
});
