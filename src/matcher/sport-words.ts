// The words that say a sport is done, for the sport rule (sport-frame.ts): compiled once, at load.
// Each stands where no other sense of ours uses it: "the pool" not before "of", a run that is a
// workout, never "run" or "training" alone. `node tests/sense/time-sense.ts` measures their cost.

const S = String.raw`[\s\u00a0]+`;
const NUMBER = String.raw`(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|half${S}a|a${S}few|few|the${S}(?:first|last|final|next|second|third))`;
/** An object after a verb of the sport: "running the code", "training the model", "ride the bus". */
const NO_OBJECT = String.raw`(?!${S}(?:the|a|an|my|his|her|their|our|your|this|that|these|those|it|them|for${S}(?:office|mayor|president|the)|out|into|away|off|dry|late|low|short|water|costs?|errands?|numbers?|rates?|prices?|taxes|fees)\b)`;

/**
 * A sport done, in words no other sense of ours uses: swimming and its pool, a jog, a run that is
 * a workout ("a 5-mile trail run", "after running 10k", "back to running"), rides, racquet and team
 * games, gym work, yoga's poses, a race as an event ("during the race": never "in the race", the
 * election's), a sport's training ("marathon training": never "training" alone, a model's).
 */
export const ACTIVITY = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`swim(?:s|ming|mer|mers)?${NO_OBJECT}`,
      'swam',
      String.raw`open[\s\u00a0-]water${S}swims?`,
      String.raw`(?:in|into|at|around)${S}the${S}pool\b(?!${S}of)`,
      String.raw`(?:\d+|a${S}few|some|of|did|doing|swimming|running)${S}(?:laps|lengths)`,
      String.raw`lengths${S}of${S}the${S}pool`,
      String.raw`kick[\s\u00a0]?(?:sets?|boards?|buoys?)|pull[\s\u00a0]?buoys?|flip[\s\u00a0-]turns?|freestyle|breaststroke|backstroke`,
      String.raw`jog(?:s|ging|ged)?(?!${S}(?:my|your|his|her|their|our|the)${S}memor)`,
      String.raw`(?:trail|long|easy|tempo|recovery|training|morning|evening|lunchtime|short|hill|interval|group|slow|treadmill|weekend|\d+(?:\.\d+)?[\s\u00a0-]?(?:mile|k|km|kilometre|kilometer|minute|min))[\s\u00a0-]runs?`,
      String.raw`(?:went|go|going|gone|out)${S}(?:out${S})?for${S}a${S}run`,
      String.raw`(?:ran|run|running|runs)${S}${NUMBER}[\s\u00a0-]*(?:miles?|km|k|kilometres?|kilometers?|laps|marathons?|10k|5k)`,
      String.raw`(?:no|after|before|from|of|to|start(?:ed)?|resum(?:e|ed|ing)|stop(?:ped)?|quit)${S}running${NO_OBJECT}`,
      'tennis|badminton|netball|volleyball|basketball|rugby|hockey|golf|skiing|snowboarding|surfing|bouldering',
      String.raw`rock${S}climbing|climbing${S}(?:wall|gym)|ballet|aerobics|zumba|crossfit|hiit|treadmill|(?:on${S}the${S}elliptical|elliptical${S}(?:machine|trainer))`,
      String.raw`(?:jump(?:ing)?|skip(?:ping)?)${S}rope|weight[\s\u00a0]?lifting|lifting${S}weights|burpees|push[\s\u00a0-]?ups|pull[\s\u00a0-]?ups|sit[\s\u00a0-]?ups`,
      String.raw`step${S}(?:routine|class|aerobics)|(?:yoga|pilates|spin|dance|barre|swim)${S}(?:class|session|practice)(?:es|s)?`,
      String.raw`(?:yoga${S}poses?|(?:the|this|that|each|every)${S}pose\b|downward${S}dog|on[\s\u00a0-]court|off[\s\u00a0-]court)`,
      String.raw`(?:bike|training|long|group|hill|hilly|hard|fast|club|morning|evening|weekend|\d+[\s\u00a0-]?(?:mile|k|km))[\s\u00a0-]rides?|(?:the|my)${S}ride${S}(?:to|home|back)\b|biking|on${S}the${S}bike`,
      String.raw`race[\s\u00a0-]?day|(?:during|after|before|finish(?:ed|ing)?)${S}(?:the|my|a|this|today['’]s|yesterday['’]s)${S}(?:(?:\d+k|\d+[\s\u00a0-]?(?:mile|km)|marathon|half|road|trail|charity|fun|big)${S})?race\b(?!${S}(?:for|to|against|between))`,
      String.raw`(?:marathon|race|strength|weight|interval|speed|hill|track|swim|bike|endurance|triathlon)[\s\u00a0-]training|training${S}(?:runs?|rides?|swims?|block|load|camp)`,
      String.raw`stretch(?:ing)?${S}(?:routine|session|program(?:me)?|regime|regimen|class)|\d+[\s\u00a0-]?(?:second|sec)s?${S}stretch`,
      String.raw`(?:weekly|running|training)${S}mileage|ramp(?:ing|ed)?${S}(?:up${S})?(?:my${S})?(?:distance|mileage)`,
      String.raw`(?:when|while|after|before|during|mid)[\s\u00a0-]+(?:swimming|running|jogging|cycling|training|exercising|working${S}out|lifting|skating|skiing|hiking)${NO_OBJECT}`,
      String.raw`(?:when|while|after|before|if)${S}(?:I|you|we)${S}(?:swim|run|jog|cycle|train|exercise|work${S}out|lift|skate|ski|hike)${NO_OBJECT}`,
      // The cramp16 round: an event ridden or run by name, and a ride to work ("Cycled to work in the heat").
      String.raw`sportives?|parkruns?|triathlons?|duathlons?|(?:half|ultra)[\s\u00a0-]?marathons?`,
      String.raw`(?:cycled|cycling|biked|biking)${S}(?:to${S}(?:work|school|the${S}office)|home|\d+${S}?(?:miles|km|k)\b)`,
    ].join('|') +
    String.raw`)\b`,
  'i',
);

/**
 * The effort of a workout, for the effects only: a distance run or swum ("a mile into the jog",
 * "at mile 20", "every few miles") and its pace ("when I picked up the pace"). Not for the exercise
 * forms: "the road stretched for miles", "stretch the pace of reform".
 */
export const EFFORT = new RegExp(
  String.raw`\b(?:${NUMBER}[\s\u00a0-]*(?:miles?|km|kilometres?|kilometers?|laps?|yards|metres|meters)${S}(?:into|in)\b|at${S}mile${S}\d+|(?:first|last|final|next|second|third)${S}lap\b|every${S}(?:few${S}|couple${S}of${S})?(?:miles|laps|km)|(?:pick(?:ed|ing|s)?|push(?:ed|ing|es)?)${S}up${S}the${S}pace\b(?!${S}of)|(?:my|race|goal|marathon)${S}pace` +
    // The cramp16 round: a time into the workout and its strides ("Three hours into the ride", "worse
    // with every stride", "mid-stride"); not "a session" (dialysis's, trading's) nor "hours into the talks".
    String.raw`|${NUMBER}${S}(?:hours?|minutes?|mins?)${S}into${S}(?:the|my|a|our|this)${S}(?:ride|run|race|swim|hike|climb|marathon|match|game|jog|workout|sportive)` +
    String.raw`|(?:with|on|at)${S}(?:every|each)${S}stride|mid[\s\u00a0-](?:stride|race|run|ride|swim)` +
    // A ride's or a hike's climb, not a price's: "on the last climb", never "the climb in rates".
    String.raw`|(?:on|up|during)${S}the${S}(?:(?:last|final|first|second|big|long|steep)${S})?climb(?!${S}(?:in|of|to|for)\b))\b`,
  'i',
);
