// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cardsOf, marksOf } from '../../support/engine-harness.ts';

describe("a workout's cramp, tightness or exercise with no part named (sport-frame.ts)", () => {
  it.each<[string, string[]]>([
    // A cramp or a spasm beside a swim, a run, a race, a class, a distance or a pace: the leg's card.
    ['Cramp when swimming', ['Cramp→leg-cramp']],
    ['Is it normal to get cramps during an open water swim?', ['cramps→leg-cramp']],
    ['Every time I pick up the pace the cramps come back.', ['cramps→leg-cramp']],
    ['At mile 20 the cramping started and I walked the rest.', ['cramping→leg-cramp']],
    ['Three laps in and I was cramping, so I got out.', ['cramping→leg-cramp']],
    ['Anyone else get cramps during hot yoga?', ['cramps→leg-cramp']],
    ['I got a spasm in the pool during the kick set.', ['spasm→muscle-spasm']],
    // A muscle's tightness or stiffness: the muscle-stiffness card.
    ['A mile into the jog the tightness was back.', ['tightness→muscle-stiffness']],
    ['Stiffness the day after tennis is normal for me now.', ['Stiffness→muscle-stiffness']],
    // The exercise beside a sport the pack's words of exercise do not list.
    [
      'I kept stretching before tennis and the tightness eased.',
      ['stretching→stretching', 'tightness→muscle-stiffness'],
    ],
    ['Warming up before tennis takes me ten minutes now.', ['Warming up→warm-up']],
    ['Tried a 30-second stretch against the wall after the jog.', ['stretch→stretching']],
    ['The players went through a short stretching routine before the second half.', ['stretching→stretching']],
  ])('%s marks %j, none red', (text, expected) => {
    expect(cardsOf(text)).toEqual(expected);
  });

  it.each<string>([
    // Everyday senses beside a sport: a race, a lead, a style, a drink, an act, a schedule.
    'It was a tight race until the final lap.',
    'Training a model on this data takes a week.',
    'Writer’s cramp after signing the race entries all day.',
    'The team faces stiff competition at the swim meet.',
    'The warm-up act before the band was great.',
    'The flexibility of the schedule suits swimmers.',
    'The striker stretched the lead to two goals after the break.',
    'The striker had to stretch for the ball in the rugby final.',
    'Things are warming up in the race for mayor.',
    'The warm-up match against Kent was rained off.',
    'A good stretch of form came before the tennis season ended.',
    'There is some stiffness in the market after race day.',
    'The midsole’s stiffness makes these shoes snappy on tempo runs.',
    'My head was swimming with cramps of doubt.',
    'This song will jog your memory of the warm-up act.',
    // An animal's cramps, the stomach's, the period's, a side stitch, another part.
    'The horse tied up with cramps after the race.',
    'Don’t swim right after eating or you’ll get cramps.',
    'Period cramps made my morning run miserable.',
    'GI cramps during the marathon are common and usually from gels.',
    'I got a cramp in my side a mile into the run and had to walk.',
    'She had cramps in her hand from gripping the racket during tennis.',
    'Neck stiffness after a long bike ride often comes from the handlebar height.',
  ])('%s stays unmarked', (text) => {
    expect(marksOf(text)).toEqual([]);
  });

  it.each<[string, string[]]>([
    // "the cramps" a post points back to takes the sport of the two sentences before.
    [
      'Did a two-hour swim session in the lake yesterday. About halfway the cramps started and would not stop.',
      ['cramps→leg-cramp'],
    ],
    ['Back in the pool after a month off. Is there anything that helps with these cramps?', ['cramps→leg-cramp']],
    // The cramp16 round: the writer's cramp and one opening its sentence take it too, and a time
    // into the workout or its strides are its effort.
    ['Halfway through my long run I felt a twinge. I thought it was just a cramp and stopped.', ['cramp→leg-cramp']],
    ['22 miles into the marathon. Cramp hit and I walked it off.', ['Cramp→leg-cramp']],
    ['Three hours into the ride. Then the cramping started.', ['cramping→leg-cramp']],
    ['The cramp got worse with every stride.', ['cramp→leg-cramp']],
    ['Got a bad cramp on the last climb and had to unclip.', ['cramp→leg-cramp']],
    ['Heat cramps took two riders out on the final climb.', []],
    ['Went for a run. Cramps, bloating, the works, my IBS hates running.', []],
    ['Ran 10k this morning. Then the cramps started, I had eaten a huge breakfast.', []],
    ['Finished the sportive yesterday. Cramped up on the last hill but pushed through.', ['Cramped up→leg-cramp']],
    // A report's cramp mid-sentence in the third person takes no sport from before; a band is no sport.
    ['The club ran a 10k on Sunday. Sponsors say cramps in funding will end it.', []],
    ['The band Cramps played a long set after the race.', []],
    // Not of another sense, kind or place.
    ['We swam in the lake on Sunday. The cramps in the housing market are worse than ever.', []],
    ['I went for a swim this morning. The cramps are period pains, my doctor says.', []],
    ['The horse did a training run on the gallops. The cramps came an hour later.', []],
    ['She went for a run at lunch. The cramps in her stomach started after.', []],
    // A block about a period: its cramps are the womb's, whatever sport it names; a game's period is not.
    ['I skipped open gym because of my cramps. My period was always brutal at school.', []],
    ['Day one of my period and the cramps hit halfway through spin class.', []],
    ['Uterine cramps during a swim are common in the first days.', []],
    ['Three laps into the pool session the cramps started in my calf.', ['cramps→leg-cramp', 'calf→calf-muscle']],
  ])('the block %s marks %j', (text, expected) => {
    expect(cardsOf(text)).toEqual(expected);
  });
});
