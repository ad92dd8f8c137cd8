namespace AeI.Crm.FollowUps.Rules;

/// <summary>How many follow-ups each rule created in one run.</summary>
public sealed record RuleRunResult(IReadOnlyDictionary<string, int> CreatedByRule)
{
    public int Created => CreatedByRule.Values.Sum();
}
