namespace AeI.Crm.Common;

/// <summary>
/// A record with a folded search column (upper case, no accents; see <see cref="SearchText"/>).
/// The context refreshes it on every save, so no write path can leave it stale, and searches are
/// case- and accent-insensitive on any database.
/// </summary>
public interface ISearchable
{
    int Id { get; }

    /// <summary>The folded name the searches read.</summary>
    string SearchName { get; }

    void RefreshSearchName();
}
