// Checks a model's follow-up questions before they enter the bank: one per point, questions, never the point read out.

/** The follow-ups, trimmed, or the problem that makes the reply unusable. */
export function checkFollowUps(
  followUps: readonly string[],
  keyPoints: readonly string[],
): { followUps: string[]; problem?: string } {
  const trimmed = followUps.map((question) => question.replace(/\s+/g, ' ').trim());
  if (trimmed.length !== keyPoints.length) {
    return { followUps: trimmed, problem: `${trimmed.length} follow-ups for ${keyPoints.length} key points` };
  }
  const statement = trimmed.findIndex((question) => !/[?？]$/.test(question));
  if (statement >= 0) return { followUps: trimmed, problem: `follow-up ${statement + 1} is not a question` };
  const quoting = trimmed.findIndex((question, index) =>
    question.toLowerCase().includes(keyPoints[index]!.trim().toLowerCase()),
  );
  if (quoting >= 0)
    return { followUps: trimmed, problem: `follow-up ${quoting + 1} reads its key point out` };
  if (trimmed.some((question) => question.includes('|'))) {
    return { followUps: trimmed, problem: 'a follow-up contains "|", the bank separator' };
  }
  return { followUps: trimmed };
}
