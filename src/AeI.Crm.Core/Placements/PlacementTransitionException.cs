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
        : base(reason ?? Explain(from, to))
    {
        From = from;
        To = to;
    }

    public PlacementStage From { get; }

    private static string Explain(PlacementStage from, PlacementStage to) =>
        from is PlacementStage.Hired or PlacementStage.NotSelected or PlacementStage.Withdrawn
            ? $"La candidatura è già chiusa ({PlacementStageNames.Italian(from)}): non si può più spostare."
            : from == to
                ? $"La candidatura è già in «{PlacementStageNames.Italian(from)}»."
                : $"Una candidatura non torna indietro: da «{PlacementStageNames.Italian(from)}» non si passa a «{PlacementStageNames.Italian(to)}».";

    public PlacementStage To { get; }
}
