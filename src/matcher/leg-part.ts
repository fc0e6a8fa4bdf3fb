/**
 * A part of the leg named in a sentence: a few filters ask whether the sentence they set aside names
 * the leg too, and then leave the form to the sense rules ("Got the letter about my leg. I felt numb",
 * numb-feeling.ts; "tight airways and tight calves", worn-uses.ts).
 */
export const LEG_PART =
  /\b(?:legs?|feet|foot|toes?|knees?|ankles?|calf|calves|shins?|thighs?|heels?|hamstrings?|achilles)\b/i;
