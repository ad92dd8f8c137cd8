namespace AeI.Crm.Activities;

public enum ActivityOutcome
{
    Positive = 1,
    Neutral = 2,
    Negative = 3,
    NoAnswer = 4,
}
