namespace AeI.Crm.Placements;

/// <summary>A placement was asked to move to a stage it cannot reach. The message is for users (Italian).</summary>
public sealed class PlacementTransitionException : InvalidOperationException
{
    public PlacementTransitionException()
    {
    }

    public PlacementTransitionException(string message)
        : base(message)
    {
    }

    public PlacementTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PlacementTransitionException(PlacementStage from, PlacementStage to, string? reason = null)
        : base(reason ?? $"Passaggio non consentito da {from} a {to}.")
    {
        From = from;
        To = to;
    }

    public PlacementStage From { get; }

    public PlacementStage To { get; }
}
