// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The limb-frames round (issue 11, docs/sense.md): shapes of the tenth session's held-out misses
// where a symptom sits beside a part of the leg that no frame took, each both ways.
describe('a sign named in prose with the place of a part frames them (opening-sign.ts)', () => {
  it.each<[string, string[]]>([
    ['There was some swelling and bruising around the knee by the evening.', ['swelling!', 'bruising', 'knee']],
    ['She had numbness below the knee when she sat for long.', ['numbness!', 'knee']],
    ['A dull tingling down the leg kept me awake.', ['tingling!']],
    ['A strange twitching above the ankle when I lie down.', ['twitching', 'ankle']],
    ['There is still tenderness over the ankle bone two weeks later.', ['tenderness!', 'ankle']],
    ['Report any redness, heat or swelling around the calf after the operation.', ['redness!', 'swelling!', 'calf']],
    // The article16 round: "at" the part, and a modal verb after it.
    ['Swelling at the ankle may be the first sign.', ['Swelling!', 'ankle']],
    ['Patients often report redness at the calf by the next day.', ['redness!', 'calf']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['Moss and swelling roots grew around the foot of the old statue.', 'the part goes on with "of"'],
    ['Tenderness over the calf market gave way to weak prices.', 'the part goes on with a noun'],
    ['A little stretching around the knee of these jeans is normal.', 'clothes, and "of"'],
    ['The skirt falls just below the knee, and the stretching fabric keeps its shape.', 'no sign right before'],
    ['The socks give real warmth around the ankle on cold mornings.', 'a paired sign is no sign in prose'],
    ['The boots have some stiffening around the ankle that softens.', 'clothes'],
    ["Swelling around the calf's navel can mean an infection.", 'a possessive names another part'],
    ['The river kept swelling until it lapped over the heel of the dam.', 'not a noun, and "heel of"'],
    ['Tenderness at the calf market faded as the prices fell.', '"at" the part, going on with a noun'],
    ['Swelling at the toe of the boot shows where the leather gave way.', '"at" the part, going on with "of"'],
  ])('%s marks nothing (%s)', (text) => {
    expect(marks(text)).toEqual([]);
  });
});

// The article16 round (glossary/calf-muscle.json's frames): an anatomical position, a joint's motion
// and a generic owner in care advice frame the part, as health articles write them.
describe("a health article's position, motion and owner words frame the part (glossary frames)", () => {
  it.each<[string, string[]]>([
    ['The doctor may find tenderness on the lateral aspect of the knee.', ['tenderness!', 'knee']],
    ['Soreness on the medial side of the knee often comes from the inner ligament.', ['knee']],
    ['Pain at the front of the knee gets worse on the stairs.', ['knee']],
    ['In a sprain the ankle rolls inward and the ligaments are overstretched.', ['ankle']],
    ['Knee flexion is limited for a few weeks after the operation.', ['Knee']],
    ["Raise the patient's ankle on a pillow to ease the swelling.", ['ankle', 'swelling!']],
    ['Elevate their ankles on a pillow to ease the swelling.', ['ankles', 'swelling!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['A boy stood in front of the calf and held out a bucket of milk.', '"in front of" is no "the front of"'],
    ['Some breeders raise their calves indoors until the spring grass comes.', '"raise their" is a farm\'s'],
    ['The medial side of the knee-high boot has a zip.', 'a boot'],
    ['After the bridge the river bends sharply to the east.', 'no part'],
    ['The hip extension on the new building will house a swollen list of offices.', '"extension" is a building\'s'],
  ])('%s marks nothing (%s)', (text) => {
    expect(marks(text)).toEqual([]);
  });
});

describe('a sign going on after a verb, a part that goes on, a degree before a state (anchor-patterns.ts)', () => {
  it.each<[string, string[]]>([
    ['Her legs were swelling up by the end of the day.', ['swelling!']],
    ['Her legs were swelling up with fluid by the evening.', ['swelling!']],
    ['His ankles are swelling up on long flights.', ['ankles', 'swelling!']],
    ['The ankle is swelling again after the run.', ['ankle', 'swelling!']],
    ['My knees are swollen up and stiff in the mornings.', ['knees', 'swollen!', 'stiff']],
    ['The ankle continued to swell for three days after the sprain.', ['ankle', 'swell!']],
    ['My feet began to tingle an hour into the drive.', ['tingle!']],
    ['Knee still really swollen a week after the arthroscopy.', ['Knee', 'swollen!']],
    ['Feet all puffy by the evening in this heat.', ['puffy!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['Her heart was swelling up with pride as the choir sang.', 'no part of the leg'],
    ['Their legs were swelling up with pride as the band marched past.', 'swelling with a feeling'],
    ['The table legs are swelling up after the flood, so the drawers stick.', '"table leg" is another sense'],
    ['The first leg continued to swell the ticket sales for the tour.', '"first leg", and "swell the"'],
    [
      'Calves continued to swell the numbers at the autumn sale, and prices stayed weak.',
      'a part that swells something',
    ],
    ['A chair leg still a bit swollen from the rain wobbles on the patio.', '"chair leg" is another sense'],
    ['Swelling, rising calf numbers at the mart kept prices weak.', 'a sign going on is no adjective before a part'],
  ])('%s marks nothing (%s)', (text) => {
    expect(marks(text)).toEqual([]);
  });
});

describe('the instep, the ball of the foot, and a part held in pain (glossary, bare-part.ts)', () => {
  it.each<[string, string[]]>([
    ["The instep was so swollen I couldn't lace my trainer.", ['swollen!']],
    ['My instep is bruised from kicking the ball barefoot.', ['bruised']],
    ['Numbness across the balls of the feet after long runs.', ['Numbness!']],
    ['I was sitting on the kerb holding the knee, trying not to cry.', ['knee']],
    ['Spent the evening cradling the ankle with a bag of frozen peas on it.', ['ankle']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['The instep of the boot was stiff until I had worn it in.', 'clothes'],
    ['The arch of the foot bridge was swollen with ivy and moss.', 'the arch is no lower-limb word'],
    ['She stood holding the foot of the ladder while he cleared the gutter.', '"foot of"'],
    ['The bracket holding the knee of the drainpipe had rusted through.', 'a thing, and "of"'],
    ['The boys were holding the calf while the vet checked its swollen navel.', 'a calf is never held'],
  ])('%s marks nothing (%s)', (text) => {
    expect(marks(text)).toEqual([]);
  });
});

describe('a part hurt, torn or shouting, its issues, a sign of it (bare-part.ts, left-out-frames.ts)', () => {
  it.each<[string, string[]]>([
    ['Came back too soon and injured the calf all over again.', ['calf']],
    ['Hurt the knee again at five-a-side last night.', ['knee']],
    ['If the Achilles is torn, surgery is the usual next step.', ['Achilles']],
    ['Two miles in, the Achilles yells at me every time.', ['Achilles']],
    ['Could minimalist shoes be causing Achilles issues?', ['Achilles']],
    ["I've had knee issues on and off since my twenties.", ['knee']],
    ['Getting a lot of cramping of the feet when I point my toes.', ['cramping']],
    // A knee's problem anchors the knee only, as gear does: the team's weakness is no muscle's.
    ['The striker has a knee problem, and the defence looked weak and stiff without him.', ['knee']],
    // "ankles" takes the sense "ankle" showed in its block (page-shown.ts).
    ['Chronic ankle instability: how to strengthen weak ankles.', ['ankle', 'ankles']],
    ['Twitching in their legs keeps a lot of people awake.', ['Twitching']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['Achilles tears his hair and the camp goes numb with grief.', "the hero's verb"],
    ['Achilles issues a challenge, and the tender moment passes.', "the hero's verb"],
    ['Achilles yells at me in the last act, and the stage goes hot and red.', 'the hero, no "the"'],
    ['The frost hurt the calf of the bronze statue, and its swollen base cracked.', '"of"'],
    ['The bull injured the calf and the swelling went down in a week.', 'a word of another sense'],
    ["The council's foot problem is potholes, and the budget looks weak.", "a foot's problem is no frame"],
    ['The tenderness of the calf was the best thing on the menu.', 'a sign "of" a calf is a cook\'s'],
    ['The ankle instability of the old tripod makes every long shot weak.', 'a trouble "of" something'],
    ['The weakness of the foot soldiers cost them the swollen river crossing.', '"foot soldier"'],
  ])('%s marks nothing (%s)', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
