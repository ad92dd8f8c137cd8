namespace AeI.Crm.Search;

/// <summary>
/// One change of a record a search index holds (a person, or a position), written in the same
/// transaction as the change itself. Each index of each app instance stores the last id it applied
/// (its cursor) and catches up from there, so a crash, a cancelled request or a full disk between the
/// database and the index loses nothing (as OrchardCore's indexing tasks). Exactly one of
/// <see cref="CandidateId"/> and <see cref="VacancyId"/> is set.
/// </summary>
public class SearchIndexChange
{
    public long Id { get; set; }

    /// <summary>The person changed, for the people's index.</summary>
    public int? CandidateId { get; set; }

    /// <summary>The position changed, for the positions' index ("Trova offerte").</summary>
    public int? VacancyId { get; set; }

    public DateTime ChangedUtc { get; set; }
}
