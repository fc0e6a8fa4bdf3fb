import type { TissueLine } from './tissue-grid-words.ts';

/**
 * Tendons and places of the whole body other than the Achilles, as a modifier of "tendonitis" or
 * its place after "in" or "of" (the tissue grid: tissue-grid.ts).
 */
const OTHER_TENDONS = [
  'patellar',
  'patella',
  'kneecap',
  'knee',
  'quadriceps',
  'quad',
  'hamstring',
  'hip flexor',
  'hip',
  'iliopsoas',
  'psoas',
  'gluteal',
  'gluteus medius',
  'adductor',
  'tibialis posterior',
  'posterior tibial',
  'tibialis anterior',
  'anterior tibial',
  'peroneal',
  'peroneus',
  'popliteus',
  'pes anserine',
  'flexor hallucis',
  'extensor',
  'big toe',
  'toe',
  'foot',
  'ankle',
  'shoulder',
  'rotator cuff',
  'supraspinatus',
  'biceps',
  'triceps',
  'elbow',
  'forearm',
  'wrist',
  'thumb',
  'finger',
  'hand',
  'De Quervain',
  'neck',
  'jaw',
];
const PLACES = ['kneecap', 'knee', 'hip', 'shoulder', 'elbow', 'wrist', 'thumb', 'hand', 'forearm', 'big toe'];

export function otherTendonLines(): TissueLine[] {
  const line = (text: string, form = 'tendonitis'): TissueLine => ({
    family: 'other tendonitis',
    text,
    form,
    entry: 'achilles-tendonitis',
    isKept: false,
  });
  return [
    ...OTHER_TENDONS.map((t) => line(`She was treated for ${t} tendonitis last spring, so she runs on grass.`)),
    ...OTHER_TENDONS.map((t) => line(`Runners with ${t} tendinitis should cut their mileage.`, 'tendinitis')),
    ...PLACES.map((p) => line(`Tendonitis in the ${p} is common in runners who train on hills.`, 'Tendonitis')),
    ...PLACES.map((p) => line(`He had tendonitis of the ${p} and could not finish the season.`)),
    ...PLACES.map((p) => line(`My calf is fine now but the tendonitis in my ${p} is back.`)),
  ];
}

/** Achilles tendonitis in its shapes: must stay marked. */
export function achillesLines(): TissueLine[] {
  const line = (text: string, form = 'tendonitis'): TissueLine => ({
    family: 'achilles tendonitis',
    text,
    form,
    entry: 'achilles-tendonitis',
    isKept: true,
  });
  return [
    line('I have had Achilles tendonitis for three months now.'),
    line('My Achilles is sore again; the physio says it is insertional tendonitis.'),
    line('The tendonitis at the back of my heel flared up after hill sprints.'),
    line('My Achilles has been aching for weeks and the doctor thinks it is tendonitis.'),
    line('Chronic tendonitis in my Achilles kept me off the track all winter.'),
    line('Heel pain in runners is often tendonitis of the Achilles.'),
    line('Calf tightness can lead to tendonitis in the Achilles tendon.'),
    line('My Achilles tendon hurts, and the physio called it mild tendonitis.'),
    line('After the marathon my Achilles was swollen; my tendonitis came back.'),
    line('Achilles tendinitis is common in middle-aged runners.', 'tendinitis'),
    line('My heel tendonitis gets worse on the stairs.'),
    line('Severe tendonitis of the Achilles can take months to settle.'),
  ];
}
