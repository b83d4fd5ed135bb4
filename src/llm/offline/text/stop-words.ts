// Function words that carry no topic in English and Korean, so they never count as evidence.

/** English stop words (lower case, before stemming), including interview filler. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although always am among an and any are aren't as at
  be because been before being below between both but by can cannot could couldn't did didn't do does doesn't
  doing don't done down during each either else etc even ever every few for from further get gets getting got
  had has hasn't have haven't having he her here hers herself him himself his how however i i'd i'll i'm i've
  if in into is isn't it it's its itself just let like likely many may maybe me might mine more most much must
  my myself neither no nor not now of off often on once one only or other others our ours ourselves out over
  own per quite rather really same say says shall she should so some something sometimes somewhat such than
  that that's the their theirs them themselves then there there's these they they're thing things this those
  though through thus to too under until up upon us use used uses using very via was wasn't we we're well
  were what when where whether which while who whom whose why will with within without would yes yet you your
  yours yourself basically actually kind sort okay ok um uh lot lots pretty`.split(/\s+/),
);

/** Korean words (after particle stripping) that carry no topic. */
export const KOREAN_STOP_WORDS: ReadonlySet<string> = new Set(
  `것 수 등 때 및 또는 그리고 하지만 그러나 그래서 또한 그런데 즉 이 그 저 이것 그것 저것 이런 그런 저런 여기 거기
  저는 제가 저희 우리 나 내가 너 당신 있 없 하 되 않 같 더 덜 매우 아주 정말 너무 가장 좀 잘 못 다 모두 각 몇
  때문 경우 통해 위해 대해 대한 위한 관련 관해 따라 따른 대로 정도 부분 이후 이전 중 안 밖 위 아래 앞 뒤
  사실 일단 약간 그냥 아마 어떤 무엇 어떻게 왜 언제 어디 누가 합니다 입니다 있습니다 됩니다 했습니다`.split(
    /\s+/,
  ),
);
