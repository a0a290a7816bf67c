// `Recipient with token "${token}" not found`, `session ${id} already consumed`: a message about a value that
// matched nothing the app holds, so the value grants nothing. (`Invalid token ${t}` is not such a message: a
// token rejected by one check may still be valid elsewhere.)
const NOTHING_MATCHED = /\b(?:not found|no such|does not exist|never existed|already (?:been )?(?:consumed|used|redeemed|spent))\b/i;

/** Whether a message's text says the value it quotes matched nothing: `… not found`, `… already consumed`. */
export function saysNothingMatched(text: string): boolean {
  return NOTHING_MATCHED.test(text);
}
