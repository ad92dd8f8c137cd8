namespace AeI.Crm.Common;

/// <summary>
/// Entities edited through forms carry a version number: a save whose version no longer matches
/// the stored one is refused (optimistic concurrency), so nobody silently overwrites a colleague.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
