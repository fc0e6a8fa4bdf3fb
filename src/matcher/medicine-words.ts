// The words that name a medicine, a vaccine or a treatment, for the side-effect rule
// (medicine-effect.ts): compiled once, at load. Each stands where no other sense of ours uses it:
// "the war on drugs", "dependency injection", "a poison pill", "a dose of realism" are left out.

const S = String.raw`[\s\u00a0]+`;
const W = String.raw`[\s\u00a0-]+`;
const join = (parts: readonly string[]) => parts.join('|');

/**
 * The endings of generic drug names (the WHO's INN stems: -statin, -pril, -sartan, -olol, -dipine,
 * -mab, -cillin, -mycin, -azole, -azepam…), after at least two letters so no English word ends so
 * ("April" is one letter before "pril"; "magazine" and "grenadine" are why -azine and -adine are out).
 */
const NAME_ENDINGS = [
  ...[
    'statin',
    'pril',
    'sartan',
    'olol',
    'dipine',
    'apine',
    'umab',
    'ximab',
    'cillin',
    'mycin',
    'azole',
    'azepam',
    'zolam',
  ],
  ...['tidine', 'oxacin', 'cycline', 'tinib', 'gliptin', 'gliflozin', 'formin', 'pentin', 'gabalin', 'olone'],
  ...['nisone', 'asone', 'oxetine', 'triptyline', 'lukast', 'dronate', 'parin', 'xaban', 'gatran', 'semide'],
  ...['thiazide', 'profen', 'fenac', 'coxib', 'glutide', 'patide', 'triptan', 'afil', 'tretinoin', 'sterone'],
  ...['peridone', 'codone', 'orphine', 'setron', 'pramide', 'sporin', 'asteride', 'alopram', 'traline', 'faxine'],
  ...['tadine', 'fenadine', 'ovir', 'avir', 'mectin', 'oquine', 'sulosin', 'pidem', 'iclone', 'butamol'],
];

/** Drugs whose names have no such ending: common generics and brands that forum posts name. */
const NAMES = [
  ...['aspirin', 'paracetamol', 'acetaminophen', 'naproxen', 'codeine', 'tramadol', 'morphine', 'fentanyl'],
  ...['warfarin', 'insulin', 'levothyroxine', 'thyroxine', 'allopurinol', 'colchicine', 'methotrexate'],
  ...['tamoxifen', 'minoxidil', 'quinine', 'melatonin', 'clopidogrel', 'levonorgestrel', 'accutane'],
  ...['roaccutane', 'ozempic', 'wegovy', 'mounjaro', 'lipitor', 'crestor', 'zocor', 'prozac', 'zoloft'],
  ...['lexapro', 'xanax', 'valium', 'viagra', 'cipro', 'tamiflu', 'humira', 'keytruda', 'lyrica'],
  ...['neurontin', 'eliquis', 'xarelto', 'plavix', 'tylenol', 'advil', 'nurofen', 'calpol', 'paxlovid'],
  ...['ventolin', 'botox', 'mirena'],
];

/** A drug named by its name: "amlodipine", "Ramipril", "atorvastatin", "Ozempic". */
export const DRUG_NAME = new RegExp(String.raw`\b(?:[a-z]{2,}(?:${join(NAME_ENDINGS)})|${join(NAMES)})\b`, 'i');

/** What "drug" is before in the news: "drug war", "drug dealers", "drug trafficking". */
const DRUG_TRADE = String.raw`(?!${S}(?:wars?|dealers?|dealing|trade|traffick\w*|cartels?|gangs?|lords?|smuggl\w*|busts?|money|polic(?:y|ies)|laws?|tests?|testing|runs?|mules?|charges?|offences?|crimes?|use|users?|abuse|addicts?|barons?|squad)\b)`;
/**
 * A medicine as a trade's goods, before a noun of business: "drug supply", "medicine shortages",
 * "the vaccine rollout", "medication prices". An effect on those is the market's, not a body's.
 */
const TRADE = String.raw`(?!${S}(?:suppl(?:y|ies)|shortages?|prices?|pricing|compan(?:y|ies)|makers?|manufactur\w*|firms?|industry|giants?|sales|stocks?|shares|patents?|rollout|budgets?|spending|bills?|markets?|sector|exports?|imports?)\b)`;
/** Devices beside tablets: "phones and tablets", "the layout breaks on tablets" (not "been on tablets"). */
const NOT_DEVICE = String.raw`(?<!\b(?:(?:phones?|smartphones?|laptops?|computers?|desktops?|devices?|android|ipad)${S}(?:and|or)|(?:works?|runs?|looks?|breaks?|layouts?|apps?|games?|plays?|displays?|renders?)${S}on)${S})`;

/**
 * A medicine named by a common noun: medicines, tablets, pills, statins, chemo, a vaccine, a jab,
 * a dose, "20mg". Not the other senses of those words: a drug trade, tablets beside phones, a
 * poison or a red pill, an injection of code or cash, "a dose of" anything, "the best medicine".
 */
const NOUNS =
  '(?:' +
  join([
    String.raw`(?<!\bbest${S})medicines?(?!${S}balls?)${TRADE}`,
    String.raw`(?:medications?|meds)${TRADE}`,
    String.raw`(?<!\bwar${S}on${S})drugs?${DRUG_TRADE}${TRADE}`,
    String.raw`${NOT_DEVICE}tablets(?!${S}of\b)(?!${S}(?:and|or)${S}(?:phones?|smartphones?|laptops?|computers?|desktops?))`,
    String.raw`(?<!\b(?:poison|red|blue|bitter)${W})pills?(?![\s\u00a0-]+(?:buttons?|shaped|shape|badges?))`,
    String.raw`anti(?:biotics?|depressants?|histamines?|psychotics?|coagulants?|inflammator(?:y|ies))`,
    String.raw`painkillers?|pain${S}relief|steroids?|statins?|beta${W}blockers?|ace${S}inhibitors?`,
    String.raw`blood${S}thinners?|diuretics?|water${S}tablets|inhalers?|contraceptives?|birth${S}control|hrt`,
    String.raw`hormone${S}(?:replacement${S})?therap(?:y|ies)|chemo(?:therapy)?|radiotherapy|immunotherapy`,
    String.raw`radiation${S}(?:therapy|treatment)|(?:vaccines?|vaccinations?)${TRADE}|vaccinated`,
    String.raw`(?:the|my|his|her|their|your|a|this|that|flu|covid|booster|first|second|third)${S}jabs?`,
    String.raw`(?:booster|flu|covid|tetanus|b12|cortisone|steroid|allergy)${S}(?:shots?|jabs?|doses?)|(?:covid|flu|my)${S}boosters?`,
    String.raw`(?<!\b(?:sql|dependency|code|fuel|cash|capital|liquidity|script|command|prompt|html)${W})injections?(?!${S}of\b)`,
    String.raw`(?:dose|doses|dosage|dosages)(?!${S}of\b)|\d+(?:\.\d+)?(?:${S})?(?:mg|mcg|micrograms?|milligrams?)`,
    'prescribed',
    String.raw`(?:the|this|my|your|his|her|their|our|cancer|hormone|drug|hiv|ivf|fertility|new)${S}treatments?(?!${S}(?:of|plants?|works|facilit(?:y|ies)|rooms?|cent(?:re|er)s?)\b)`,
  ]) +
  ')';
export const MEDICINE_NOUN = new RegExp(String.raw`\b${NOUNS}\b`, 'i');

/** A medicine named either way. */
export const isMedicineNamed = (text: string) => DRUG_NAME.test(text) || MEDICINE_NOUN.test(text);

/**
 * A medicine the writer or someone takes, as a sentence before the form names it: a drug by its name,
 * or a medicine noun up to six words after a verb of taking or starting ("Started gabapentin last
 * week", "My mum was switched to atorvastatin", "had my flu jab", "Took my first dose of the new
 * meds"). A vaccine moved to a fridge is not one.
 */
const TAKEN = new RegExp(
  String.raw`\b(?:on|started|starting|start|taking|take|takes|took|taken|prescribed|switched${S}(?:to|onto)|put${S}(?:me|him|her|them|us)${S}on|given|began|begun|had|got|getting|stopped|coming${S}off|came${S}off)${S}(?:[\w'’-]+${S}){0,6}?${NOUNS}\b`,
  'i',
);

export const isMedicineTaken = (text: string) => DRUG_NAME.test(text) || TAKEN.test(text);
