import type { LinesOf, TissueLine } from './tissue-grid-words.ts';

/**
 * The tissue grid's smaller classes (tissue-grid.ts): a joint stiff after a cast, a stretch that is
 * no exercise, swollen veins, devices named by a part, pregnancy's weight; each beside the lines
 * that must stay marked. Our own sentences.
 */
export function caseLines(lines: LinesOf): TissueLine[] {
  return [
    ...lines('joint after cast', 'stiff', 'muscle-stiffness', false, [
      'Keep wiggling your toes so the joints do not get stiff in the cast.',
      'Your ankle will probably be stiff when the cast comes off.',
      'After six weeks in plaster the joint was stiff and would not bend.',
      'Move the joints above and below the splint so they do not go stiff.',
      'A frozen shoulder happens when the capsule around the joint becomes stiff and thick.',
      'Expect the knee to feel stiff for a few weeks after the brace comes off.',
      'Keep the joints moving to stop them getting stiff while the foot is in plaster.',
      'Once the plaster is off, your wrist will probably feel stiff for a while.',
      'Your toes and ankle may be stiff and sore for a week after the cast is removed.',
    ]),
    ...lines('tissue property', 'tight', 'muscle-stiffness', false, [
      'Runners with a tight plantar fascia often feel pain under the heel in the morning.',
      'A tight iliotibial band can rub on the outside of the knee.',
      'In a frozen shoulder the joint capsule becomes tight and thick.',
      'A tight capsule at the back of the shoulder limits how far the arm turns.',
    ]),
    ...lines('tissue property', 'stiffness', 'muscle-stiffness', false, [
      'Tendon stiffness lets the Achilles store and return energy with each stride.',
      'Training raises the stiffness of the Achilles tendon, which helps it return energy.',
      'Higher Achilles tendon stiffness was linked to better running economy in the study.',
    ]),
    ...lines('muscle after cast', 'stiff', 'muscle-stiffness', true, [
      'My calf muscles were stiff and weak when the cast came off.',
      'After the boot came off my calf was really stiff for a week.',
      'The calf muscle gets stiff after weeks in a cast, so stretch it gently.',
    ]),
    ...lines('stretch not exercise', 'stretch', 'stretching', false, [
      'A strain happens when a sudden stretch tears the muscle fibres.',
      'The injury is caused by a violent stretch of the tendon during a sprint.',
      'Wrap the ankle with a short stretch bandage to control the swelling.',
      'The capsule of the joint can stretch when the shoulder dislocates.',
      'A muscle stores energy in its stretch and releases it as it shortens.',
      'Wrap the calf in a short-stretch bandage from the toes to the knee.',
      'Strains are often caused by over-stretching the calf during a sprint.',
      'A violent stretch can tear the calf muscle where it joins the tendon.',
      'The ligaments of the ankle can stretch too far when you land badly.',
    ]),
    ...lines('stretch not exercise', 'stretching', 'stretching', false, [
      'A strain is caused by stretching the muscle too far or too fast.',
      'Overuse and over-stretching of the calf muscles are the usual causes of a strain.',
    ]),
    ...lines('stretch not exercise', 'stretched', 'stretching', false, [
      'The ankle ligaments are easily stretched when you land on the side of your foot.',
      'A sprain is a ligament that has been stretched beyond its normal range.',
      'Its capsule gets stretched each time the joint slips out of place.',
    ]),
    ...lines('stretching exercise', 'stretch', 'stretching', true, [
      'Hold the calf stretch for thirty seconds and repeat three times.',
      'A gentle stretch of the calf after your run can ease the tightness.',
      'I stretch my calves against the wall every morning.',
    ]),
    ...lines('swollen veins', 'swollen', 'edema', false, [
      'Varicose veins are swollen, twisted veins that you can see under the skin.',
      'Her varicose veins looked swollen and bulging after the flight.',
      'Swollen veins near the surface of the skin are usually varicose veins.',
      'Spider veins are smaller than the swollen, rope-like varicose veins.',
      'Varicose veins are enlarged, swollen and twisting veins, often blue or dark purple.',
      'Varicose veins are veins in the legs that have become swollen and twisted.',
      'Swollen, twisted veins on the calves and behind the knees are varicose veins.',
      'The veins in her legs were swollen and bulging after years of standing at work.',
      'My legs have swollen veins that ache after a long shift.',
      'Veins that look swollen and raised above the skin of the leg are usually varicose.',
    ]),
    ...lines('swollen veins', 'swell', 'edema', false, [
      'Varicose veins happen when weak valves let blood pool, so the veins in the legs swell and twist.',
      'In hot weather the veins on my calves swell and bulge.',
    ]),
    ...lines('weak valves', 'weak', 'muscle-weakness', false, [
      'Varicose veins happen when weak valves let blood pool in the legs.',
      'The valves in the leg veins are weak, so blood pools around the ankles.',
    ]),
    ...lines('leg swelling', 'swollen', 'edema', true, [
      'My legs are swollen and the varicose veins on my calves ache.',
      'Swollen legs and varicose veins often go together after pregnancy.',
      'Her ankles were swollen, and the veins behind her knees were bulging.',
    ]),
    ...lines('leg swelling', 'swelling', 'edema', true, [
      'Varicose veins can cause swelling in the ankles by the end of the day.',
      'My legs have swelling around the ankles from varicose veins.',
      'Leg swelling from varicose veins gets worse after standing all day.',
    ]),
    ...lines('device named by part', 'calf', 'calf-muscle', false, [
      'These boot extenders add room for a wider calf without new boots.',
      'Calf compression sleeves come in four sizes.',
      'The boots are sold by calf width: regular, wide and extra wide.',
      'Measure the calf circumference before you order the wide-calf boots.',
      'Calf sleeves in black and grey are back in stock.',
      'Boot extenders give an extra inch at the calf for tall boots.',
      'Our calf extenders fit any zip boot.',
      'Choose a calf compression sleeve one size smaller for races.',
    ]),
    ...lines('device named by part', 'ankle', 'ankle-joint', false, [
      'Pictured: a runner wearing an ankle brace stretches before the race.',
      'A woman wearing an ankle support walks along the beach.',
    ]),
    ...lines('device named by part', 'knee', 'knee-joint', false, [
      'The striker, wearing a knee brace, trains apart from the squad.',
      'Pictured: a patient in a hinged knee brace climbs the clinic stairs.',
    ]),
    ...lines('shopper calves', 'calves', 'calf-muscle', true, [
      'I finally found boots that fit my wide calves.',
      'My calves are too big for most knee-high boots.',
      'Sleeves that squeeze my calves make my legs ache.',
    ]),
    ...lines('pregnancy weight', 'extra weight', 'overweight', false, [
      'The extra weight of the baby puts pressure on the veins in your legs.',
      'Carrying the extra weight of pregnancy can make your calves cramp.',
      'In pregnancy, the extra weight you carry changes your balance.',
    ]),
    ...lines('body weight', 'extra weight', 'overweight', true, [
      'Carrying extra weight puts strain on your calves and knees.',
      'Losing extra weight takes pressure off your legs.',
    ]),
  ];
}
