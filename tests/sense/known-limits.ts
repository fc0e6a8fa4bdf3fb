import { FALSERED15_LIMITS } from './known-limits-falsered15.ts';
import { ANATOMY14_LIMITS } from './known-limits-anatomy14.ts';
import { BAREWORD_LIMITS } from './known-limits-bareword.ts';
import { BODYLIST15_LIMITS } from './known-limits-bodylist15.ts';
import { ITSIGN_LIMITS } from './known-limits-itsign.ts';
import { BLOW16_LIMITS } from './known-limits-blow16.ts';
import { JOINTCARE_LIMITS } from './known-limits-jointcare.ts';
import { OWNERLESS_LIMITS } from './known-limits-ownerless.ts';
import { POINTBACK_LIMITS } from './known-limits-pointback.ts';
import { PAIR_LIMITS } from './known-limits-pairs.ts';
import { REAL_TEXT_LIMITS } from './known-limits-realforum.ts';
import { HEADINGS_LIMITS } from './known-limits-headings.ts';
import { PAGETHREAD_LIMITS } from './known-limits-pagethread.ts';
import { THREAD_LIMITS } from './known-limits-thread.ts';
import { BAREPART15_LIMITS } from './known-limits-barepart15.ts';
import { PART16_LIMITS } from './known-limits-part16.ts';
import { THREADSIGN_LIMITS } from './known-limits-threadsign.ts';
import { STRETCH16_LIMITS } from './known-limits-stretch16.ts';
import { ARTICLE16_LIMITS } from './known-limits-article16.ts';
import { BLOCK17_LIMITS } from './known-limits-block17.ts';
import { KIN17_LIMITS } from './known-limits-kin17.ts';
import { IDIOM17_LIMITS } from './known-limits-idiom17.ts';
import { INJURY17_LIMITS } from './known-limits-injury17.ts';
import { SIGN17_LIMITS } from './known-limits-sign17.ts';
import { TISSUE17_LIMITS } from './known-limits-tissue17.ts';
import { CARE17_LIMITS } from './known-limits-care17.ts';
import { CRAMP19_LIMITS } from './known-limits-cramp19.ts';

/**
 * Sentences of the labelled corpus the rules still get wrong, with why (docs/sense.md, "Known
 * limits"). `tests/unit/matcher/sense-corpus.test.ts` asserts they differ from their labels, so a
 * rule that fixes one says so.
 */
export const KNOWN_LIMITS: ReadonlyMap<string, string> = new Map([
  // The pack's other-sense words of a calf ("farm", "ranch", "rancher") set aside a sentence's frames,
  // the writer's "my left calf" too (older than the rodeo words of farm-calf.ts, which spare "my calf").
  ['I work on a ranch and my left calf has been swollen since I got kicked.', "a ranch's word sets the sentence aside"],
  // Weak forms never anchor each other, and the GP is no anchor (the Grand Prix too). "tender" alone
  // before a body word is no frame: "A tender calf nuzzled its mother" (fifth batch).
  ['Went to the GP with a tender calf and she sent me for a scan.', 'two weak forms and no anchor'],
  // Fifth batch: a general question is no one's symptom, yet "in the legs" makes the swelling red.
  ['Does compression help with swelling in the legs on long haul flights?', 'red on a general question'],
  // "neuropathy" is search-only: chronic neuropathy is not this card's urgent nerve injury.
  ['the tingling in my toes started after chemo, my oncologist called it neuropathy', '"neuropathy" is search-only'],
  // "dead" is no form: "the line went dead", "a dead leg".
  ['Leg went dead and then pins and needles after kneeling to tile the bathroom', '"went dead" is no form'],
  // Only a person's possessive frames ("my dad's legs"): "the company's foot" is no one's body. And
  // "problem" frames nothing: "the council's foot problem" was a false red.
  ["The sprinter's calves were wrapped in ice after the final.", '"the sprinter\'s" is no frame'],
  ['The winger pulled up with a calf problem and was replaced at half-time.', '"problem" is no frame'],
  // A game is no word of exercise (video games), and weak forms never anchor each other; the cramp
  // is the leg's by its remedy (cramp-setting.ts), which anchors nothing else.
  ['hydration is key for cramps, I drink electrolytes before every game', '"hydration" has no anchor'],
  // "Her knees went weak when he smiled": "went weak" is no frame.
  ['knee went weak and buckled under me on the stairs', '"went weak" is no frame'],
  // "weak" before a body word is no frame: "the quarterback's weak ankle".
  ['weak ankles after years of wearing heels, what exercises help?', '"weak" before a body word is no frame'],
  // "bump" is no form: a baby bump on the pregnancy boards.
  ["achilles is tender to the touch and there's a small bump on it", '"bump" is no form'],
  // "morning stiffness" is a negative context (a joint's, in arthritis), and it wins here.
  ['morning stiffness in my calves after a long run', '"morning stiffness" is a joint\'s'],
  // Sixth batch. "first leg" (of a tie) is another sense, and it holds "leg day".
  [
    '3 days after my first leg day in years and my quads and calves are destroyed, is DOMS supposed to last this long',
    '"first leg" cancels the body words',
  ],
  // "Achilles" alone is no frame (Achilles the hero), and "stiff" is no state after it: a stiff
  // Achilles is no stiff muscle.
  [
    'Achilles has been stiff every morning for the first few steps then loosens up, sounds like tendonitis?',
    'no frame',
  ],
  // "weak" is a state after a body word since the thirteenth batch ("her legs are so weak now"); a
  // footballer's "left foot is weak" is set aside by foot-skill.ts (the redprobe round).
  // Ninth batch. The anchor is in another sentence, and the form is not said of "it" ("No swelling",
  // "Also a bit of a lump", "If there's also weakness"), or in the sentence after.
  // The sentence after is no anchor, not even "your calves": "The bullpen is warming up in the seventh
  // inning. Your knees will ache watching from the cheap seats" (everyday.probe-rules).
  [
    'Never skip the warm-up. Five minutes of easy jogging and some leg swings and your calves will thank you at mile ten.',
    'anchor a sentence after',
  ],
  [
    "Muscle twitches like that are very common and usually harmless, especially after exercise or too much coffee. If there's also weakness or wasting, then get it checked.",
    'anchor a sentence before',
  ],
  [
    'The single best thing I did for my Achilles was eccentric heel drops, three sets of fifteen, twice a day, for twelve weeks. Boring, but the tendinitis never came back.',
    'anchor a sentence before',
  ],
  [
    'That hard lump is probably a haematoma. If it gets bigger, hotter or more painful, see someone, they sometimes need draining.',
    'no anchor',
  ],
  [
    "That's just a compressed nerve, totally harmless. If the numbness came on for no reason, or with weakness, that'd be different.",
    'no anchor',
  ],
  [
    'Get her seen soon. Skin that tight over swelling can break down into ulcers, especially in older people.',
    'no anchor',
  ],
  [
    'Week two of couch to 5k and the front of my shins are killing me. Also a bit of a lump halfway down the left one. Shin splints or stress fracture?',
    'anchor a sentence before',
  ],
  [
    "I've had a dull ache in my calf muscle for a week after starting a new spin class. No swelling, just sore when I walk up stairs.",
    'the block rule anchors it, never red',
  ],
  // Red where the lower limb is named in another sentence of the post (the labels' reading; the rule
  // asks for the same sentence).
  [
    "How do you tell a pulled muscle from a clot? My calf has ached for four days but I don't remember doing anything to it.",
    'red from the next sentence',
  ],
  [
    "Stress fractures usually hurt in one small spot you can point to with a finger, and it's tender right on the bone. Shin splints are more spread out along the inside edge.",
    'red from the next sentence',
  ],
  // Frames nobody listed, each with a cost found by the ninth probe or earlier: a word of time inside
  // a verb ("have always been"), "looked" (a stylist's photos), "that's obviously swollen", "past his",
  // "on the" / "at the" (shoes: "a red tab on the heel"), "from the hips down" (fashion), "an Achilles
  // problem" ("the council's foot problem").
  [
    'My mum is 81 and her legs have always been a bit puffy by bedtime. This week the right one is much bigger than the left, red across the shin and hot. Is that something to wait for the GP about or go in tonight?',
    'no frame',
  ],
  [
    "My dad is diabetic and keeps saying his feet feel like they're wrapped in cotton wool. Today he admitted the numbness goes up past his ankles now.",
    'no frame',
  ],
  [
    'My 8 year old keeps waking up crying with pains in his legs. GP says growing pains, but one night his knee looked a bit swollen. Should I push for more tests?',
    'no frame',
  ],
  [
    "He was clearly limping in the second half. Why do clubs keep playing injured players on a knee that's obviously swollen?",
    'no frame',
  ],
  [
    "My father-in-law suddenly couldn't lift his right foot yesterday, it just slapped on the ground. A&E said it was foot drop from nerve damage at the knee.",
    'no frame',
  ],
  ["Is it normal for a new tattoo on the calf to be red and warm after four days? It's still really sore.", 'no frame'],
  [
    'Yes, offer a block under the hips or a different pose. Sitting on the feet compresses nerves and the numbness is a sign to come out.',
    'no frame',
  ],
  ['The opener took a nasty blow on the knee from a short ball but batted on after treatment.', 'no frame'],
  // No anchor a pack can name: a word alone ("Knees."), a wound, two weak forms after "surgery", a gym
  // (a word of exercise anchors relaxed forms only, and "cramp" is not one).
  ['Knees. Why do mine sound like bubble wrap on the stairs? No pain, just noise.', 'no anchor'],
  [
    'Not overreacting. Red, hot and swollen after a puncture wound can be cellulitis or an infected joint, get it seen today.',
    'no anchor',
  ],
  [
    'That numb patch is common after a fracture or surgery, small skin nerves get cut. Mine took about a year to shrink.',
    'two weak forms and no anchor',
  ],
  // Other senses: "dog" holds the yoga pose "downward dog".
  [
    'Tight calves show up in downward dog as heels that float way off the mat. Pedal the feet, bend the knees, and give it time.',
    '"dog" is another sense',
  ],
  // "feels bruised" with no mark is no bruise, but forum.fifth labels "my calf feels bruised but there's no
  // mark" as bruising: the labels disagree.
  [
    'Woke up at 4am screaming with a charley horse in my right calf. Eight hours later it still feels bruised and sore.',
    'labels disagree',
  ],
  // Eighth batch. Upper-body words anchor nothing, and "lumbar support" is no body word.
  ['Our memory foam pillow supports your neck and keeps your posture aligned while you sleep.', 'no anchor'],
  ['Lumbar support and a tilt lock help with posture during long work days.', 'no anchor'],
  // Replies with no body word in their sentence: the thread is about one, the sentence is not.
  ['sounds like osgood schlatter, super common in teens, overuse thing, he needs rest', 'no anchor'],
  ['benign fasciculations, almost always anxiety + caffeine, a twitch without weakness is reassuring', 'no anchor'],
  ['Flexibility sucks since i hit 40, stretching daily doesnt help', 'no anchor'],
  // "foot drop" is also a measure ("a two foot drop overnight", the eighth probe).
  ['foot drop after back surgery, nerve damage?', 'no anchor'],
  // "ACL" alone is also an access control list; only "ACL tear", "torn ACL", "ACL surgery"… anchor.
  ['swelling after ACL is normal for months tbh, just keep icing and doing your exercises', 'no anchor'],
  // "RLS" is also row-level security; "cellulitis" anchored "Redness and swelling around the eye".
  ['RLS isnt tingling exactly, more like an urge to move', 'no anchor'],
  ['cellulitis usually = red, hot, swollen skin that spreads, needs antibiotics fast', 'no anchor'],
  // Tenth batch. "on the" before a framed word frames nothing ("a lump on the knee of these red trousers").
  // The lump is marked since the skinmark15 round (skin-mark.ts: a lump on a part of the leg); the Achilles is not.
  ['Is a lump on the Achilles a bad sign?', '"on the" is no frame'],
  // A strong form is no lower-limb anchor, so the weak urgent forms beside it take the normal colour;
  // "calf muscle(s)" as a lower-limb phrase made "the calf muscles of a ballet dancer … warm red velvet" red.
  ['Is calf muscle pain with no swelling still a possible clot?', 'not red'],
  // "sore" is no form: "sore calf" is (calf pain); "sore" alone is said of any body part.
  ['Leg cramp so bad last night my calf is still sore today.', '"sore" is no form'],
  // (The tenth probe's "a warm, snug fit" beside foot numbness left the list in the falsered15 round:
  // comfort-warm.ts reads warmth before what is worn or its fit.)
  // Twelfth batch. Replies that name no body part ("mine swelled", "after surgery") have no anchor:
  // "after surgery" / "post-op" as body words and "strengthening" as a frame were tried and dropped
  // (everyday.probe-twelfth.txt: "After surgery on its balance sheet, the bank still looks weak",
  // "After surgery my eye was red and swollen", "The toe strengthening on these hiking boots … stiff").
  // "his legs" and "tingling in her" frame nothing ("A tingling in her legs told her the music had peaked").
  [
    'Go now. Warm, red and swollen after surgery is exactly what they tell you to watch for.',
    'no anchor in the sentence',
  ],
  [
    "Walk-run intervals, and don't skip the calf strengthening, most re-injuries come from going back too fast.",
    '"strengthening" is no frame',
  ],
  [
    'Yes, the blood tracks down with gravity, mine was black and blue from the knee to the heel.',
    '"the knee" is no frame, and "black and blue" is paired',
  ],
  [
    "I've had Achilles tendonitis for a year now, it's stiff first thing in the morning and eases once I'm moving.",
    'a stiff Achilles is no muscle',
  ],
  [
    'My dad is 78 and his legs have gone really weak this month, he nearly fell twice getting out of his chair.',
    '"his legs" is no frame',
  ],
  ["That's probably a haematoma, but if it gets bigger or hot get it checked.", 'no anchor in the sentence'],
  ['Totally normal, mine swelled for about a year after the plates went in.', 'no anchor in the sentence'],
  [
    'Ten years a clot survivor here, compression stockings every day and I walk a mile every lunch.',
    'no anchor in the sentence',
  ],
  [
    'Pain way out of proportion and a tight feeling in the shin that got worse when they moved my toes is what tipped them off.',
    'a tight shin in compartment syndrome is no stiff muscle',
  ],
  ["My mum's tingling in her legs got better once they sorted her B12.", '"tingling in her" is no frame'],
  [
    "Healing scars are pink and itchy for months, it's only spreading redness, heat or pus that means infection.",
    'no anchor in the sentence',
  ],
  ["Week 5 in the cast and my calf has shrunk to nothing, it's like a chicken leg.", '"chicken" is another sense'],
  ["Yep, mine was still puffy at 6 months, it's the last thing to settle.", 'no anchor in the sentence'],
  // (The twelfth probe's sleeping bags, "the red one" and feet that "stayed warm all night", left the
  // list in the falsered15 round: thing-colour.ts, comfort-warm.ts.)
  // The eleventh batch (blind). Replies with no body word in their sentence: the anchor is in the
  // sentence or the post before (a code rule would be needed, and one from the post before is out of reach).
  ["Red streaks spreading out from a blister means see a doctor today, don't wait.", 'eleventh batch'],
  ["If she can walk on it and it's not hot or really red I'd ice it and see the GP tomorrow.", 'eleventh batch'],
  [
    "Toddler fractures are really easy to miss on x-ray, push for a second look if he still won't walk on it.",
    'eleventh batch',
  ],
  ["Draw round the red edge with a pen so you can see if it's spreading.", 'eleventh batch'],
  ['Is it normal to have swelling after a long haul flight or should I be worried?', 'eleventh batch'],
  // "Down to the ankle" and "the toe" are no frames ("his knees are so stiff" marks since review17:
  // described-part.ts); a paired form with no second symptom
  // ("nothing broken" is none); "first leg" (a tie's) cancels.
  // The bruising is marked since the skinmark15 round (a bruise's course: skin-mark.ts); the ankle "down to" is not.
  ["Bruising that tracks down to the ankle is just gravity pulling the blood down, don't panic.", 'eleventh batch'],
  ['Lost a toenail and the toe is now red and throbbing, infected?', 'eleventh batch'],
  ['Got doored last week, nothing broken but my whole left leg is black and blue.', 'eleventh batch'],
  [
    'My legs were shaking and felt like jelly after my first leg day, is that weakness or just fatigue?',
    'eleventh batch',
  ],
  // The thirteenth probe: "my knees" frames the knee in a romance too ("weak" there is a negative
  // context since this probe; before it, "knees are so weak … hot and red" was three false reds).
  ['My knees are so weak for a man in uniform, she laughed, cheeks hot and red.', 'thirteenth probe'],
  // The thirteenth batch (blind), at first sight.
  ['The old man leaned on his stick, his knees cracking as he bent to pat the dog.', 'thirteenth batch'],
  ["Calf has been really tight since my long run on Sunday, foam rolling isn't doing much.", 'thirteenth batch'],
  ['My ankle is black and blue after I rolled it on a trail run, can still walk on it.', 'thirteenth batch'],
  ["Is it a sprain or a fracture? My ankle is swollen and I can't put weight on it.", 'thirteenth batch'],
  ['Weak ankles, keep rolling them on uneven ground, what exercises?', 'thirteenth batch'],
  ['Is it an overuse thing? My Achilles only hurts after I bumped my mileage.', 'thirteenth batch'],
  ['Any tips for restless legs? Mine start twitching the second I lie down.', 'thirteenth batch'],
  // Fourteenth batch, first sight: misses and wrong marks before any rule changed (docs/sense.md).
  ['Went to A&E with a tender calf and they did a scan, turned out to be a DVT.', 'fourteenth batch'],
  ['After the op my leg was black and blue from thigh to ankle.', 'fourteenth batch'],
  ['Is it normal for the knee to feel warm three months after TKR?', 'fourteenth batch'],
  ['Is stretching before running actually useful or should I just do a warm-up?', 'fourteenth batch'],
  ['Mine went numb from the knee down after I fell asleep on the sofa.', 'fourteenth batch'],
  ['I have weak ankles and keep spraining them.', 'fourteenth batch'],
  ['The calf on my bad leg is smaller and weaker than the other one.', 'fourteenth batch'],
  ['Any advice for restless legs? Mine twitch all night.', 'fourteenth batch'],
  ['Top comment: the warm-up is the part everyone skips and then they pull a calf.', 'fourteenth batch'],
  [
    'These walking boots have a stiff sole and a padded collar that protects the ankle bone from rubbing.',
    'fourteenth batch',
  ],
  // Fifteenth batch (blind), after its rules (docs/sense.md). Sport's body words, as before: a calf
  // problem, a hamstring strain (other batches label it unmarked), cramp among players; numb with cold.
  ['He limped off with a calf problem in the 60th minute and is doubtful for Saturday.', '"problem" is no frame'],
  ['The striker picked up a hamstring strain and will miss three weeks.', 'a hamstring is labelled unmarked elsewhere'],
  ['Cramp set in for several players in extra time.', 'players are no word of exercise'],
  ["The toddler's fingers were numb with cold after the snowball fight.", '"numb with cold" is a negative context'],
  // Replies and questions with no body word in their sentence.
  ["Hydration matters but so does sodium, plain water alone didn't fix my cramps.", 'no anchor'],
  ['Too much too soon = overuse, rest and build back slowly.', 'no anchor'],
  ['Was it tender or just sore? They asked me that on the phone.', 'no anchor'],
  ['Mine swelled up too and went warm but it settled after a few days.', 'no anchor'],
  ['Totally normal, mine was warm for months after the replacement.', 'no anchor'],
  ["Talk to your provider if the swelling doesn't go down.", 'no anchor'],
  ['It goes numb and then gets pins and needles when the feeling comes back.', 'no anchor'],
  ['Mine too, but it was just a strain in the end.', 'no anchor'],
  ['Rupture or tendonitis? The pain is right above my heel.', 'the anchor is in the sentence after'],
  ['I had pelvic pain the whole third trimester and my posture got really bad.', 'a trimester is no anchor'],
  // "Calf raises" and "calf pumps" are words of exercise that start with the form, and anchor it.
  ["Calf has been weak since I tore it, can't do a single-leg raise.", 'a bare "Calf has been" is no frame'],
  ['My push-off feels weak on the left since the injury.', 'no anchor'],
  ['It was tender right in the middle of the calf when I pressed it.', '"middle of the" is no frame'],
  ['Nurse line said to elevate it and call back if it gets red or hot up the leg.', '"up the leg" is no frame'],
  // The cramp is the leg's by its setting (cramp-setting.ts, sport-frame.ts), marked as "cramped up".
  ['I was dehydrated after the long run and cramped up in the car.', '"the long run" is an idiom too'],
  // Search-only "neuropathy", upper-body weakness (a stiff or tight joint: fixed in the tissue round).
  ["Dad has diabetic neuropathy and can't feel when his shoes rub.", '"neuropathy" is search-only'],
  ["Check your feet every evening if you have neuropathy, you won't feel a blister.", '"neuropathy" is search-only'],
  ['Her face drooped and her arm went weak, we called an ambulance straight away.', 'upper body'],
  [
    'Ortho said my femur healed well but the muscles around it are really weak and need work.',
    'the femur is no lower-limb word',
  ],
  // Fifteenth probe. A strong form anchors its own clause only since the split round: the dinosaurs'
  // "femur" is still marked (a strong form), and "and the weak glue" goes on with a form (clauses.ts).
  // "my knee brace" frames as "my knee" does; the stiffness is the hinge's.
  [
    "The museum's T. rex femur is the star of the new hall, and the crowd swelled to thousands by noon.",
    'a dinosaur femur',
  ],
  ["A dinosaur femur sold at auction for millions while the market's weakness dragged on.", 'a dinosaur femur'],
  ['The femur of the old bridge model snapped, and the weak glue was to blame.', 'a clause going on with a form'],
  [
    'The hinge on my knee brace is pretty stiff, so the strap feels tight.',
    '"my knee" frames the knee (stiff and tight are worn-uses now)',
  ],
  // A word of exercise anchors "calf" apart from it, as before: a show calf's workout on the halter.
  ['Our 4-H calf workout is simple: walk her on the halter every evening.', '"workout" is a word of exercise'],
  // Sixteenth batch (blind), after its rules: upper-body symptoms, replies and tips with no body word,
  // search-only forms (neuropathy, mobility), "strain" and "tear" alone (no forms), a bare "calf" or
  // "ankle" first in a sentence, "on his toes" (an idiom), "looked" (no state verb), "my quads and
  // calves" ("quad" is a quad bike), and "his leg muscles" (the ballet dancer's calf muscles kept
  // muscles out of the lower-limb phrases).
  ['The pitcher felt tightness in his shoulder and left the game in the fourth inning.', 'sixteenth batch'],
  ['make sure ur hydrated before the match and eat a banana lol', 'sixteenth batch'],
  ['my grandpa has neuropathy from diabetes, his feet are numb all the time', 'sixteenth batch'],
  ['calf is stiff every morning, loosens up after 10 min walking', 'sixteenth batch'],
  ['she needs a frame now, her mobility is much worse since the hospital', 'sixteenth batch'],
  ['its not red or anything, just feels tight like after a hard session', 'sixteenth batch'],
  [
    'my kid walks on his toes all the time, the doctor wants to check his achilles because it might be tight',
    'sixteenth batch',
  ],
  ['the dr said tingling in the hands can be from the neck, nothing to do with the legs', 'sixteenth batch'],
  ['my hands go numb at night, carpal tunnel they say', 'sixteenth batch'],
  [
    'how do you know if its a tear or cramp? my calf seized during a sprint and still hurts 2 days later',
    'sixteenth batch',
  ],
  ['all the stretching in the world wont help if you dont sleep enough', 'sixteenth batch'],
  ['the school nurse said his ankle looked swollen and called me to pick him up', 'sixteenth batch'],
  ["baby legs are so chubby lol the doctor says she's not overweight though", 'sixteenth batch'],
  ['grandad keeps tripping, his leg muscles are weak since he stopped walking', 'sixteenth batch'],
  // The sixteenth probe: "knee raises" said of a chair (a frame since this round: "calf raises" is
  // the exercise).
  ['The knee raises on the new office chair are a stiff upgrade over the old model.', 'sixteenth probe'], // Seventeenth batch: still wrong after its rules (docs/sense.md, "Known limits").
  [
    'My calf is sore and a bit warm since I got off the plane yesterday, am I overthinking this?',
    '"sore" alone is no form',
  ],
  [
    "Comment: I'm a nurse and please, if one calf is swollen and painful after a long flight, get it checked for DVT.",
    '"painful" alone is no form',
  ],
  [
    'Is it normal for the leg they operated on to be more swollen than the other one two weeks out?',
    '"the leg" is no frame',
  ],
  [
    'Coach makes us stretch our calves for 30 seconds each side before every netball session.',
    '"our calves" are a farm\'s too',
  ],
  [
    "Since the fall Dad's mobility has really gone downhill, he can't get to the shops anymore.",
    '"mobility" is search-only',
  ],
  [
    "Can't go up on tiptoe on my left side anymore, physio says the calf is weak after the injury.",
    '"is weak" is no frame: a team\'s legs',
  ],
  ["Skiing holiday: woke up with my calf throbbing and can't put my heel down.", '"throbbing" alone is no form'],
  [
    "Stay hydrated and stretch before bed, that's all my GP said about the cramps.",
    'the GP is no anchor (the Grand Prix)',
  ],
  ['After sitting on the floor my foot went dead and I fell over trying to stand, lol.', '"dead" is no form'],
  [
    'Tips for posture at a standing desk? My calves ache by lunchtime.',
    'a relaxed form takes no anchor from the sentence after',
  ],
  ['Sprint coach says my push-off is weak because my calves are weak.', "one clause's frame anchors both"],
  [
    "Dad's just come out of hospital. His right calf looks bigger than his left and it's hot.",
    '"bigger than his left" is no symptom',
  ],
  [
    'Is a warm-up really necessary before a 5k? I always seem to pull a calf when I skip it.',
    '"pull a calf" is a farm\'s too',
  ],
  ["Aunt's legs have gone red and scaly on the shins and the nurse thinks it's from fluid.", '"scaly" is no symptom'],
  ['After the cramp my calf was sore for two whole days.', '"sore" alone is no form'],
  ['My calves are sore after the first ballet class in years, in a good way I think.', '"sore" alone is no form'],
  ['My calf hurts when I climb stairs but not on the flat, weird.', '"hurts" alone is no form'],
  // (The seventeenth probe's trainers that "feel hot and tight" left the list in the falsered15 round:
  // worn-uses.ts reads "hot" and "warm" said of clothes, after another state.)
  ['The knee raises on the new office chair are a stiff upgrade over the old model.', 'sixteenth probe'],
  // The block round (issue 11 §2): a symptom in a fragment with no subject, after a sentence that
  // names whose part it is (forum.block). The fragment takes that anchor in the normal colour, never
  // red (block-anchor.ts); the rest are fragments the rule does not read ("Swelling has gone down",
  // "Numb in patches and tingly", "Still tight a week on") or two sentences back. The probe
  // (everyday.probe-block): a body part not framed ("broke his ankle"). "in the warm-up. Stretched
  // defence" is fixed in the split round (a relaxed adjective before its noun takes nothing before).
  ['My calf has ached for a week. No swelling, just sore.', 'block rule: normal colour, never red'],
  ['Rolled my ankle on Saturday. Still swollen and a bit warm today.', 'block rule: normal colour, never red'],
  ['Twisted my knee getting off the bus. Really swollen this morning.', 'block rule: normal colour, never red'],
  [
    'Pulled something in my left calf at football. Very tender when I press on it.',
    'block rule: normal colour, never red',
  ],
  [
    'My right ankle went over on a kerb last night. Bit swollen but I can walk on it.',
    'block rule: normal colour, never red',
  ],
  [
    "Came off my bike and landed on my knee. Now swollen and bruised, can't bend it fully.",
    'block rule: normal colour, never red',
  ],
  [
    'Long flight home yesterday and my ankles look huge. Puffy and a little tender.',
    'block rule: normal colour, never red',
  ],
  [
    'Had my knee replaced six weeks ago and my left calf started aching on Tuesday. Swollen, red and warm to the touch.',
    'block rule: normal colour, never red',
  ],
  [
    'My calf cramped up during the night. Still tender this morning, is that normal?',
    'block rule: normal colour, never red',
  ],
  ['Dropped a tin on my foot at work. Swollen and black and blue now.', 'block rule: normal colour, never red'],
  [
    'Twisted my ankle hiking on Sunday. Swelling has gone down a bit but still bruised.',
    'block batch: anchor not taken',
  ],
  [
    'Been on my feet all shift and my legs are done. Swollen by the end of the day, every day.',
    'block rule: normal colour, never red',
  ],
  ['My knee gave way on the stairs. Quite swollen now and warm.', 'block rule: normal colour, never red'],
  ['Left calf has felt odd since the long drive. Numb in patches and tingly.', 'block batch: anchor not taken'],
  ["My ankle still isn't right after the sprain. Weak and wobbly on uneven ground.", 'block batch: anchor not taken'],
  ['Fell on the ice and banged my knee. Swollen like a balloon.', 'block rule: normal colour, never red'],
  [
    "My son twisted his ankle at trampoline park. Not swollen but he won't put weight on it.",
    'block rule: normal colour, never red',
  ],
  ['Knocked my shin on the coffee table. Huge lump and a bruise now.', 'block batch: anchor not taken'],
  ['My calf is aching after I stood all day. No redness, no swelling.', 'block rule: normal colour, never red'],
  ['Sprained my ankle playing netball. Swollen, bruised and sore.', 'block rule: normal colour, never red'],
  ['Hurt my knee skiing. Bit stiff and swollen but walking ok.', 'block rule: normal colour, never red'],
  ['Pain in my calf since yesterday. A little warm and red, going to get it checked.', 'block batch: anchor not taken'],
  ['My ankles swell in this heat. Puffy by lunchtime.', 'block rule: normal colour, never red'],
  ['Got kicked in the calf at rugby. Dead leg feeling, very tender.', 'block batch: anchor not taken'],
  ['My knee locked when I squatted. Now swollen round the side.', 'block rule: normal colour, never red'],
  [
    "My dad's legs have been bad lately. Swollen up to the knees most evenings.",
    'block rule: normal colour, never red',
  ],
  ['Strained my calf on the treadmill. Still tight a week on, any tips?', 'block batch: anchor not taken'],
  [
    'After my C-section my legs got really heavy. Swollen and achy for a few days.',
    'block rule: normal colour, never red',
  ],
  ["My calf feels like it's been punched. No bruise though, and no swelling.", 'block rule: normal colour, never red'],
  ['Rolled my ankle again. Same one as last year. Swollen already.', 'block batch: anchor not taken'],
  ['My knees ache after the stairs at work. Never swollen though.', 'block rule: normal colour, never red'],
  ['My ankle gave out on a run. Bit puffy but not too bad.', 'block rule: normal colour, never red'],
  ['He slipped and bruised his knee on the deck. Swollen seas kept us in port for two days.', 'block probe'],
  ['Her ankle strapping came off at half-time. Stretch of three goals in ten minutes after that.', 'block probe'],
  // The red hunt (issue 11): its ladder's weak leg and footballer's weak foot left in the redprobe
  // round (thing-leg.ts, foot-skill.ts: a ladder with no person, a foot in football talk with no sign).
  // Its probe: the price of sheep and crab legs as other senses, the one already paid for a cow or
  // chicken ("the cow kicked me and now my shin is swollen" is unmarked on main as well).
  ['the sheep kicked me and now my shin is swollen and hot', 'an animal word cancels "my …"'],
  ['ate crab legs last night and my feet are swollen and red this morning, gout?', 'a food word cancels "my …"'],
  // "so weak" after a leg word needs a person before it: a post that names no one is missed.
  ['legs so weak after chemo, is this normal', '"so weak" needs a person'],
  // Eighteenth batch (news and leaflets), what no general rule reached in the round.
  ['Elderly patients who lose muscle strength in their legs are more likely to fall.', 'lost strength is no form'],
  // The bare-anatomy round marks the stretch and "the calf" (bare-part.ts); they anchor nothing else.
  [
    'The striker is out for six weeks with a hamstring strain, the club confirmed.',
    '"strain" is weak, hamstring a frame word only',
  ],
  [
    'Warning signs of compartment syndrome include severe pain, numbness and a calf that feels rock hard.',
    '"a calf that feels" frames nothing: not red',
  ],
  // "around the calf" frames since the limb-frames round; "heat" is no form of warmth.
  [
    'Patients are told to report any redness, heat or swelling around the calf after the operation.',
    '"heat" is no form',
  ],
  ['Heat exhaustion can cause cramps, heavy sweating and dizziness, the Met Office warned.', 'no body word'],
  [
    'Reply: could be a muscle spasm, they can feel like a knot that will not let go.',
    'a knot of spasm marked as a lump',
  ],
  ['Look out for skin that is warm to the touch or discoloured over the calf.', '"over the calf" is no frame'],
  // Real pages, first sight (everyday.realweb.txt, other-medical.realweb.txt): what no general rule
  // reached. A recipe's "tendon" or "muscle fibres" in a sentence that names no animal or kitchen is
  // the page's sense, not the sentence's; clothes, fabric and other medical senses said only around.
  ['Nobody wants a rubbery tendon: give it the time and it will melt.', 'a recipe said only by the page'],
  ['A gentle heat lets the muscle fibres relax instead of clenching.', 'a recipe said only by the page'],
  ["With cyclist's thighs, look for denim with about 2% stretch.", 'fabric stretch beside thighs and cycling'],
  ['Usually just one of these tendons is hit by tendonitis, sometimes two.', 'the wrist is said only around'],
  ['A little swelling, or a thicker tendon close to the joint, is often found.', 'a strong form anchors'],
  ['Herbal teas may ease the muscle contractions and swelling that come with period cramps.', 'a body word anchors'],
  // Its probe: a pet keeps a bodily strong form (people write of their own injuries beside pets), and
  // a meat word sets aside a person's strong form in the same sentence, as it cancels body words.
  ['Our puppy tore a tendon in his back leg chasing a ball.', "a pet's tendon"],
  ['After the lamb roast I went for a run and my calf muscle cramped.', 'a food word sets aside "calf muscle"'],
  // The wrong-card round (issue 11): a general card's weak form anchored by a body word, said of
  // another region in an everyday sense (a wrestler's grip) or of a tendon (the weakness card is a
  // muscle's). Only the cards that are the leg's (`legOnly`) are kept off other regions.
  [
    'The wrestler flexed his arm muscles and the crowd went wild, though his grip looked weak.',
    'a general card beside another region',
  ],
  [
    'Tennis elbow starts on the outer side of the elbow. Tiny tears and swelling there can leave the tendon weak.',
    "a tendon's weakness",
  ],
  // The split round (issue 11): lower-case and unpunctuated text, written before its rules. A fragment
  // after a lower-case stop takes the sentence before in the normal colour, as with capitals; read as
  // one sentence until then, these three were red.
  [
    'rolled my ankle yesterday. still swollen and warm today. anyway the match was good',
    'block rule: normal colour, never red',
  ],
  ['ugh rolled my ankle again! swollen like a balloon', 'block rule: normal colour, never red'],
  ['rolled my ankle 😭 swollen and bruised already', 'block rule: normal colour, never red'],
  // The anchor is in the sentence after, or in a sentence with a subject of its own.
  [
    'dvt scare last year. now my calf is swollen again and tender to touch, should i go to a&e',
    'anchor a sentence after',
  ],
  ['saw dr. patel about my calf. she said the swelling should go down in a week', 'not a fragment'],
  // "…" ends a sentence, also where it is a pause ("my calf feels… idk…"): "sore shins from
  // netball... the steak was tender" was a false red.
  ['my calf feels… idk… tight and swollen', 'an ellipsis ends a sentence'],
  // A pet leaves "hurt my knee" no frame ("my knee" alone would be one).
  ['hurt my knee at the gym and the dog has a swollen paw, vet tomorrow', 'a pet cancels "hurt my"'],
  // The split round's probe: calves at a sale with no farm word ("calves" is relaxed and takes the
  // shin before), a dash is no break (its "the weakness of the pound" left in the redprobe round: team-weakness.ts), a clause after ", and
  // by noon" (no article after "and"), a builder's knee brace (the knee itself is still marked), and
  // cold with a physio in one unpunctuated sentence.
  ['banged my shin on the trailer. calves sold well at the mart but prices were weak', 'calves at a sale'],
  ["The museum's T. rex femur drew a queue all day, and by noon the crowd swelled past the doors.", 'no clause break'],
  ['The knee brace carries the rafter, so the frame stays stiff in a high wind.', "a builder's knee brace"],
  [
    "ice cold pitch, the lads were numb by half time, the physio's bag was the warmest place",
    'numb with cold beside a physio',
  ],
  // Issue 11 frames round's probe: a bare part that may swell frames it ("feet can swell"); the
  // table's legs that swell in wet wood left in the redprobe round (thing-leg.ts).
  // The discourse rule's probe (forum.discourse.txt): a symptom noun after another part of the body
  // named before ("the lower back"), and an "-ing" form before a verb it reads as a noun ("the
  // cramping returns": "swelling crowds"). (Its "numbness around the scar", a place after the form,
  // is taken since the threadsign round: a scar is where the sign is, sign-course.ts.)
  [
    'Sciatica is pain that travels from the lower back down the back of the leg. Numbness and tingling often come with it, and some people notice weakness when they lift the foot.',
    'another part of the body before (the weakness; the pairs round marks the numbness and tingling)',
  ],
  // Discourse round 2 (post-anchor.ts). "It was numb" reads "it" two sentences back (sentence-before.ts,
  // `SAID_OF_IT`), whoever was named between; the post rule asks that no one else was.
  [
    'I rolled my ankle in the first half. The crowd went quiet. It was numb in the stands after the third goal.',
    '"it" two back, someone else between',
  ],
  // The other side of that guard: "the physio" between, and "it" is still the calf.
  [
    'I pulled my calf two weeks ago. The physio says rest. It feels healed, and then it will cramp up again.',
    '"it" after someone else was named',
  ],
  // Pets-and-vets round: "his" after a pet is read as a person's; a list item knows nothing of the
  // page's animal in the block before; "vet" is an animal word of `otherSenses`, and beside it a
  // bodily strong form is set aside whoever is named (the animal rule, before this round).
  ['The dog hurt his leg jumping the fence, and the vet found a stress fracture.', '"his" of a pet reads as a person'],
  ['Sprains, strains, fractures or torn ligaments', "the page's animal is in another block"],
  ['As a vet I tore my Achilles tendon on a long march with a full pack.', 'a veteran read as a vet'],
  // Frames round 2. A list of parts framed none of them (jeans are "tight through the hip, thigh and
  // calf", a recipe has "thighs and legs"); since the limbs round one does (limb-list.ts), and since
  // the article16 round one that starts with another region after a symptom's "in the" (owned-list.ts:
  // "Statins can cause soreness or weakness in the shoulders, thighs, hips, or calves"). "their" is no frame ("the farmers and their calves"),
  // "swelling" before a part was dropped in the first frames round ("Swelling calf numbers at the
  // mart"), and "between the toes" and "to the foot" are sand's and a hill's as often as a nerve's.
  ['Every runner knows how tight their calves get after a week of hills.', '"their" is no frame'],
  ['A throbbing, rapidly swelling ankle ended the walk before the first stile.', '"swelling" before a part'],
  [
    'Numbness between the toes after a long run usually means the shoes squeeze a nerve.',
    '"between the toes" is no frame',
  ],
  ['Numbness creeps in when the nerve signals cannot get to the foot.', '"to the foot" is no frame'],
  // "vein" after a part is no frame: tried in frames round 2, "A calf vein is a common place for a
  // DVT but thigh veins can also be affected" made the next sentence's clotting after a cut red.
  ['A clot can form deep in a leg vein after a long flight.', '"vein" after a part is no frame'],
  // Discourse round 3 (everyday.probe-discourse.txt), all of older rules: a relaxed spasm takes the
  // sentence before unless an object or "of" follows it; the discourse rule reads no speaker between
  // ("the analysts said"); a back is no other part for the relaxed forms.
  [
    'My calf was tight all week. The market moved like a spasm after the news, traders said.',
    'a relaxed spasm takes the sentence before',
  ],
  [
    'My calf is sore after the hike. The heroine felt it like a spasm through her whole heart when the letter came.',
    'a relaxed spasm takes the sentence before',
  ],
  [
    "My knee is better now. The traffic came in spasms, like a cramp in the city's veins.",
    'a relaxed spasm takes the sentence before',
  ],
  [
    'I do my calf stretching every morning. The stretching was the worst part of the yoga class for my back.',
    'a back is no other part here',
  ],
  // Limbs round (issue 11): a list of parts frames them ("the feet, ankles and legs"), but not
  // "each", a bare lower-case "achilles", a part said of "they", a word of time before a state's verb
  // (tried: "Check whether the calf suddenly becomes swollen around the navel" was red), nor legs and
  // thighs alone (a chicken's: "Brown the thighs and legs in batches, then cook until tender" was red).
  ['It has happened to each calf in turn over the past two years.', '"each" is no frame'],
  ['There was no achilles left there anymore, just jelly.', 'a bare "achilles" is no frame'],
  ['My shoes squeeze the foot when they swell on long rides.', 'a part said of "they"'],
  ['When an ankle suddenly becomes bruised and swollen, get it looked at.', 'a word of time before the verb'],
  ['A dull numbness spreads over the legs and thighs by the afternoon.', 'legs and thighs alone'],
  // Page-signal round: "clot" is a plain weak form now, so it takes no anchor from the sentence
  // before (relaxed forms do): a health page's clotting of a cut, a bruise or a period is not this card's.
  [
    'Is it ok to do calf pumps in bed after surgery? The nurse said they help stop clots.',
    '"clot" is not relaxed: no sentence before',
  ],
  ['My calf hurts on and off. Can clot symptoms come and go like that?', '"clot" is not relaxed: no sentence before'],
  // Clot-place round: a place named in the sentence (or the one before) but not tied to the clot
  // takes only its red (clot-place.ts): the clause may be the card's own, a clot after surgery there.
  ['The nurse pressed on my womb to check for blood clots after the delivery.', 'an untied place: normal colour'],
  [
    'Had my wisdom teeth removed three days ago. I think I lost the blood clot, it tastes awful.',
    'an untied place: normal colour',
  ],
  // Bare-anatomy round: a cry is an animal's too, so no sound anchors a bare calf ("The calf was
  // screaming in the trailer all the way to the sale"); knees and Achilles may scream.
  ['The calf was screaming by the last lap.', "a calf's cry is no body's"],
  ['Day 3 of the plan and the calf is still grumbling at me.', "a calf's cry is no body's"],
  // A calving paragraph that names no cattle, and "pull a calf" is also a runner's strain: the calf
  // stays marked (the feet's swelling, red before, is the animal's since the falsered15 round).
  [
    'Pulling a calf is hard work, and the feet can swell if you leave the chains on too long.',
    'no cattle named: the calf is marked',
  ],
  // "seize on" is also "seize on the idea": only a word of time or place follows the verb.
  ['Anyone else find the calves just seize on cold mornings?', '"seize on" is no body\'s'],
  // Limb-frames round: "tight" is no state after a part, with a word of degree or without one
  // (boots and jeans are "still a bit tight" at the calf).
  ['Calf still a bit tight after the long run on Sunday.', '"tight" is no state after a part'],
  // The idiom "on your toes" cancels the body words of its sentence, "go up on your toes" too.
  ["If the Achilles is torn you usually can't go up on your toes.", '"on your toes" is an idiom'],
  // Sport round (sport-frame.ts): the pack's words of exercise anchor a relaxed form of another sense
  // on main already (a shoe's stretch, a central bank's flexibility, "swimming" in debt). "float on my
  // back" left in the cramp16 round: a posture, no region (other-region.ts).
  ['The knit upper has some stretch for long runs.', '"long runs" anchors a shoe\'s stretch'],
  ['Swimming in debt, the club cut its stretching coach.', '"swimming" anchors, as on main'],
  ['Fed officials kept their flexibility before hiking rates again.', '"hiking" anchors, as on main'],
  ['A spasm of panic hit the market a mile into the marathon coverage.', '"marathon" anchors, as on main'],
  [
    'Overtraining a neural net on small data is a common mistake, like running 10k without shoes.',
    '"10k" anchors, as on main',
  ],
  ['Our yoga studio offers flexibility with class bookings.', '"yoga" anchors, as on main'],
  // The fit round (forum.probe-fit.txt): a subjectless "tight around the calf" is the person's, but
  // no rule lets a fragment's place anchor its own form, as it did before the round; with a shoe in
  // the sentence the fit rule would not take it away either (a person speaks: "I run").
  ['Tight around the calves after the hill session, any stretches that help?', 'a fragment anchors nothing'],
  ['Feels tight around the calf when I run in my new shoes.', 'a fragment anchors nothing'],
  // The general-web round (forum.probe-webwrong.txt): "the left one" stands for a calf, but no rule
  // reads "one" as the part named before it; missed before the round too.
  ['My calves were fine in the boots but the left one felt tight by lunch.', '"the left one" is no body subject'],
  // Red-leg round, as merged: a leg compound ("crossed-leg", "a dead leg") places no sign; its
  // numbness would be the normal colour (a leg gone to sleep), and is unmarked.
  ['Is tingling after a crossed-leg pose in yoga something to worry about?', 'a leg compound places no sign'],
  ['My brother gave me a dead leg and the numbness lasted ten minutes.', 'a leg compound places no sign'],
  // The fit-page round (fit-page probes): a fitting guide's sentence whose subject is the reader's
  // part is the body's (no page-level reading); "they" after a worn thing is taken for it.
  ['Your calves may feel tight in a boot with a narrow shaft, so try the wide one.', 'the part is the subject'],
  ['Runners buy light shoes and they stretch a lot.', '"they" after a worn thing is taken for it'],
  // The joint-sense round (other-medical.probe-jointsense.txt): a bare joint after "weak" with no
  // owner or frame next to it anchors nothing, as before the round (its weak mark is gone now).
  ['Weak ankles run in my family, I roll one on every trail run.', 'a bare joint after an adjective'],
  ["I've had weak, unstable knees since I was a teenager playing netball.", 'a bare joint after an adjective'],
  // The sideeffect15 round (medicine-effect.ts): with no object of its own, a side effect takes any
  // medicine of its sentence, a trade's too ("drugs" that made billions).
  [
    "Big pharma's new drugs made billions, and one side effect is lobbying power.",
    'a medicine in the sentence anchors a side effect with no object',
  ],
  ...REAL_TEXT_LIMITS,
  ...CRAMP19_LIMITS,
  ...PAIR_LIMITS,
  ...THREAD_LIMITS,
  ...BAREWORD_LIMITS,
  ...POINTBACK_LIMITS,
  ...FALSERED15_LIMITS,
  ...PAGETHREAD_LIMITS,
  ...THREADSIGN_LIMITS,
  ...STRETCH16_LIMITS,
  ...HEADINGS_LIMITS,
  ...ITSIGN_LIMITS,
  ...BLOW16_LIMITS,
  ...ANATOMY14_LIMITS,
  ...OWNERLESS_LIMITS,
  ...JOINTCARE_LIMITS,
  ...BAREPART15_LIMITS,
  ...PART16_LIMITS,
  ...ARTICLE16_LIMITS,
  ...BLOCK17_LIMITS,
  ...KIN17_LIMITS,
  ...IDIOM17_LIMITS,
  ...INJURY17_LIMITS,
  ...SIGN17_LIMITS,
  ...TISSUE17_LIMITS,
  ...CARE17_LIMITS,
  ...BODYLIST15_LIMITS,
  // The cramp15 round (cramp-setting.ts): "Is cramping…" opens on a verb, which the repeat rule
  // reads as the verb's "-ing", not the noun named again.
  [
    "I've had leg cramps since starting the new tablets. Is cramping a common thing with them?",
    '"Is cramping" reads as a verb',
  ],
]);
