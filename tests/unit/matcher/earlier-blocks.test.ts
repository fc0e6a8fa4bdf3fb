// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EARLIER_LIMITS } from '../../sense/known-limits-earlier.ts';
import { bundledMatcher as matcher } from '../../support/engine-harness.ts';

/** The marks of the block `text` alone and after the blocks `earlier`, each red one with a "!". */
const marksOf = (text: string, earlier?: string) =>
  matcher
    .match(text, undefined, earlier === undefined ? undefined : () => earlier)
    .map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

// Probes written for the rule (issue 11, cross-block context), in our own words: a block before
// names a leg, the block after goes on with a weak form and no anchor of its own.
describe("a post's later paragraphs take the leg its earlier paragraphs named (earlier-blocks.ts)", () => {
  it.each<[string, string, string[]]>([
    [
      "My left calf has been tight since Sunday's long run.",
      'I kept stretching but the cramp came back on Monday.',
      ['stretching', 'cramp'],
    ],
    [
      'Pulled my calf at five-a-side on Thursday.',
      'The swelling has gone down but the tightness is still there.',
      ['swelling', 'tightness'],
    ],
    [
      'A calf strain is a tear of the muscles at the back of the lower leg.',
      // One symptom: "Bruising and swelling" is a pair, anchored in its own block (symptom-pair.ts);
      // and since the skinmark15 round a bruise that appears is its own anchor (skin-mark.ts).
      'Swelling may appear a day or two later, then bruising.',
      ['Swelling', 'bruising'],
    ],
    ['My ankle has been sore since the hike.', 'Numbness comes and goes, mostly at night.', ['Numbness']],
    // Lines of the same post: the nearest last.
    ['I rolled my ankle on the stairs on Monday.\nIt is a bit better today.', 'Still some bruising.', ['bruising']],
    // Never red from another block: the leg was named there, not the urgent sense here.
    ['My left calf is red and hot after the flight.', 'The swelling is worse today.', ['swelling']],
  ])('%s / %s', (earlier, text, marks) => {
    expect(marksOf(text)).toEqual([]);
    expect(marksOf(text, earlier)).toEqual(marks);
  });

  it.each<[string, string]>([
    // Sport, news, finance, tech: the symptom noun of another sense, after a player's leg.
    ['Smith limped off with a calf strain in the first half.', 'The weakness of the defence showed after the break.'],
    [
      'Smith limped off with a calf strain in the first half.',
      'It was a tight game, and a stretch of three away games lies ahead.',
    ],
    [
      'Smith limped off with a calf strain in the first half.',
      'Weakness at the back cost them again, and the cramp in midfield was obvious.',
    ],
    ['I twisted my knee on the pitch.', 'Stiffness in the squad rotation cost us the title.'],
    ['He pulled a calf muscle in the warm-up.', 'Tightness in the title race means every point counts.'],
    ['The striker tore his hamstring in training.', 'Swelling crowds gathered outside the court.'],
    ['I broke my ankle skiing last winter.', 'Market weakness dragged the shares down.'],
    ['I broke my ankle skiing last winter.', 'The swelling of the deficit worries the bank.'],
    ["I sprained my ankle last week, so I'm working from home.", 'Swelling memory use slows the build.'],
    // A writer's everyday senses after their own leg.
    ['My calf is sore after Sunday.', 'I need to stretch the budget this month.'],
    ['My knee is fine now.', 'I felt a cramp of guilt when I missed the match.'],
    // Cooking, farming, pets, fiction.
    [
      'Season the veal shank and brown it on all sides.',
      'Braise until tender; stiffness in the meat means it needs longer.',
    ],
    ['Veal shank is cut from the lower leg of the calf.', 'Tenderness comes with slow cooking.'],
    ["The heifer's calf was born with a weak hind leg.", 'The swelling went down after a week in the pen.'],
    ['The farmer checked each calf’s legs before market.', 'Stiffness after the long trailer ride is common.'],
    ['Our dog hurt his back leg chasing a ball.', 'The swelling went down after two days.'],
    ['She rubbed her aching calf and stared at the letter.', 'A numbness settled over her as she read.'],
    // A symptom noun as a verb after a helping verb, or as the first half of a compound.
    ['He rolled his ankle in training.', 'The sauce will clot if it boils.'],
    ['My ankle is fine now.', 'Gravy made with flour can clot if you stop stirring.'],
    ['My calf is sore today.', 'The bruise-coloured clouds rolled in over the bay.'],
    ['I pulled my calf at parkrun.', 'Rising rates could cramp spending this winter.'],
    // A page of another region: its strong forms and body words say it is medical, not which part.
    // (A pair, "Swelling and bruising may follow.", anchors itself there: a known limit, docs/sense.md.)
    ['An abdominal muscle strain is a tear of the muscles of the belly wall.', 'Swelling may follow, then bruising.'],
  ])('%s / %s: nothing', (earlier, text) => {
    expect(marksOf(text, earlier)).toEqual([]);
  });

  // The thread round (line-before.ts): the line right before names the writer's leg, and the first
  // sentence of the line after says a state of "it", is a fragment, or names a part or the writer's
  // exercise. Normal colour always. Our own words.
  it.each<[string, string, string[]]>([
    ['My calf is sore.', "It's swollen.", ['swollen']],
    ['Rolled my ankle on Saturday.', 'Still swollen and a bit warm today.', ['swollen', 'warm']],
    ['I felt a sharp pain in my calf on the stairs.', 'It was swollen, and I could barely walk.', ['swollen']],
    [
      'I noticed a red patch on the back of my right leg.',
      'By the evening it felt hot, tender and painful.',
      ['hot', 'tender'],
    ],
    ['My right ankle gave way on the trail last week.', 'The ankle still clicks on the way down.', ['ankle']],
    ['I tore my calf at football in May.', 'I stretched it every morning for a month.', ['stretched']],
    ['I had a massive charley horse last night.', 'The cramp took ages to go.', ['cramp']],
  ])('%s / %s', (earlier, text, marks) => {
    expect(marksOf(text)).toEqual([]);
    expect(marksOf(text, earlier)).toEqual(marks);
  });

  it.each<[string, string]>([
    // Not the writer's leg: a player's, a farm's, a leg of a tour, a table's.
    ['Smith twisted his knee in the first half.', 'It was swollen by the break, the coach said.'],
    ['The farm’s new calf was born on Monday.', 'Still weak, but feeding well.'],
    ['I finished the last leg of the tour on Sunday.', 'Stiff and tired, I slept on the coach.'],
    ['The table’s legs wobble on the tiles.', 'It was stiff to open, too.'],
    // The writer's leg, then another sense.
    ['I pulled my calf at the weekend.', 'Calves sold well at the mart.'],
    ['I pulled my calf at the weekend.', 'Our provider raised the price of broadband.'],
    ['I pulled my calf on the hill.', 'A stretch of bad luck followed.'],
    ['I broke my ankle skiing in January.', 'The bruising of the defeat still stings.'],
    ['I twisted my knee at the weekend.', 'Knee-jerk reactions from the board did not help.'],
    ['I pulled my calf in the park.', 'The knee of the old oak was carved with names.'],
    ['I strained my calf on Monday.', 'Swollen rivers closed the road home.'],
    ['I hurt my ankle on holiday.', 'It was a tight game until the end.'],
    ['My knee is better after the physio.', 'It was weak, the pound, all week.'],
    // A question before, another region, a later sentence of the line.
    ['Did I hurt my ankle or just twist it?', 'Swollen pride, mostly.'],
    ['I jammed my left knee and my right wrist in the fall.', 'It was swollen for days.'],
    ['I pulled my calf last week.', 'The match was dull. It was swollen with fans, though.'],
    // Written after the first run of `node tests/sense/pair-text.ts --earlier`: a bruise's adjective,
    // a noun "they" have, a part as a place.
    ['My calf has been sore since Sunday.', 'It was a bruising week for the shares.'],
    ['My calf has been sore since Sunday.', 'They had swelling hopes for the album.'],
    ['My calf has been sore since Sunday.', 'Tightness at the ankle means the cuff is too narrow.'],
    ['My calf has been sore since Sunday.', 'Redness above the knee line of the skirt.'],
  ])('%s / %s: nothing', (earlier, text) => {
    expect(marksOf(text, earlier)).toEqual([]);
  });

  it('asks for the blocks before only where a weak form the rules could take has no anchor', () => {
    let asked = 0;
    const earlier = () => {
      asked++;
      return 'My calf hurts.';
    };
    matcher.match('The gastrocnemius is a muscle.', undefined, earlier);
    matcher.match('My calf is swollen today.', undefined, earlier);
    matcher.match('A red car and a warm day.', undefined, earlier);
    expect(asked).toBe(0);
    matcher.match('The swelling is worse and I kept stretching.', undefined, earlier);
    expect(asked).toBe(1);
  });

  // The idiom17 round (line-before.ts): a part taken from the block before opens its sentence as the
  // subject; after a verb or with no determiner it is an idiom's, a name's or a compound's.
  it.each<[string, string, string[]]>([
    ['My son broke his ankle.', 'He took a knee before the anthem.', []],
    ['I broke my ankle last month.', 'Knee pads for gardening, sold in packs of two.', []],
    ['I broke my ankle last month.', 'Her knees trembled as she stepped onto the stage.', []],
    ['My son broke his ankle.', 'Achilles sulked in his tent.', []],
    ['I broke my ankle last month.', 'Now the ankle aches when it rains.', ['ankle']],
    ['I twisted my knee on the stairs.', 'Knees are not built to sit bent for hours.', ['Knees']],
  ])('idiom17: %s / %s', (earlier, text, marks) => {
    expect(marksOf(text, earlier)).toEqual(marks);
  });

  it.each(EARLIER_LIMITS)('known limit: %s / %s (%s, %s)', (earlier, text, marks) => {
    expect(marksOf(text, earlier)).not.toEqual(marks);
  });
});
