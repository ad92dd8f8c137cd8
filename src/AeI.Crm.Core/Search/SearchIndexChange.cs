namespace AeI.Crm.Search;

/// <summary>
/// One change of a record the search index holds (a person), written in the same transaction as
/// the change itself. Each app instance's index stores the last id it applied (its cursor) and
/// catches up from there, so a crash, a cancelled request or a full disk between the database and the
/// index loses nothing (as OrchardCore's indexing tasks).
/// </summary>
public class SearchIndexChange
{
    public long Id { get; set; }

    public int CandidateId { get; set; }

    public DateTime ChangedUtc { get; set; }
}
