import type { SafetyReading } from '../../llm/safetyCheck.js';
import type { SafetyAssessment } from '../safety.js';

/** Who gave a second reading: the model, or the nearest labelled examples (`byExample.ts`). */
export type ReadingSource = 'llm' | 'example';

/**
 * A second reading added to the offline assessment: it can add a safeguarding flag (when clear)
 * or a safety question (when possible, or for an emergency, whose kind the reading does not name),
 * and never takes away a flag or a question the offline layers gave.
 */
export function withLlmReading(assessment: SafetyAssessment, reading: SafetyReading | undefined, source: ReadingSource = 'llm'): SafetyAssessment {
  if (!reading || reading.concern === 'none') return assessment;
  const evidence = [...assessment.evidence, `${source}.${reading.concern}.${reading.certainty}`];
  if (reading.concern !== 'emergency' && reading.certainty === 'clear' && !assessment.safeguarding) {
    return { ...assessment, safeguarding: reading.concern, safetyCheck: null, evidence };
  }
  if (assessment.emergency || assessment.safeguarding || assessment.safetyCheck) return { ...assessment, evidence };
  return { ...assessment, safetyCheck: reading.concern === 'self-harm' ? 'self-harm' : 'danger', evidence };
}
