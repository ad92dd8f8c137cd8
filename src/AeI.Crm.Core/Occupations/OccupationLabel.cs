namespace AeI.Crm.Occupations;

/// <summary>One Italian ESCO label (preferred or alternative) of an occupation concept.</summary>
public sealed record OccupationLabel(string ElementId, string Label, string ConceptUri)
{
    public bool IsOccupation => ConceptUri.Contains("/occupation/", StringComparison.Ordinal);
}
