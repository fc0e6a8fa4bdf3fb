import type { SenseContext } from './apply-sense.ts';
import type { CompiledTries } from './compile-matcher.ts';
import type { PageSense } from './matcher.ts';

const expression = (source: string) => (source ? new RegExp(source, 'gi') : undefined);

/** The sense rules' expressions and sets, made once per matcher from its compiled tries. */
export function senseContextOf({ urgent, symptoms, anchors }: CompiledTries, page: PageSense = {}): SenseContext {
  return {
    isHealthPage: page.isHealthPage ?? false,
    urgent: new Set(urgent),
    symptoms: new Set(symptoms),
    lowerLimb: expression(anchors.lowerLimb),
    body: expression(anchors.body),
    frame: expression(anchors.frame),
    symptomWords: expression(anchors.symptoms),
    otherSenses: expression(anchors.otherSenses),
    exercise: expression(anchors.exercise),
  };
}
