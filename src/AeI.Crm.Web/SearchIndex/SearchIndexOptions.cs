using System.ComponentModel.DataAnnotations;

namespace AeI.Crm.Web.SearchIndex;

/// <summary>How the search index catches up with the database's change log.</summary>
public sealed class SearchIndexOptions
{
    public const string Section = "SearchIndex";

    /// <summary>Seconds between two catch-ups on the timer (saves catch up at once as well).</summary>
    [Range(1, 3600)]
    public int CatchUpSeconds { get; set; } = 30;

    /// <summary>Changes applied per commit.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>Days an applied change stays in the log.</summary>
    [Range(1, 365)]
    public int KeepChangesDays { get; set; } = 7;
}
