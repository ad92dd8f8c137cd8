namespace AeI.Crm.Web.Matching;

/// <summary>Where the matcher keeps its index, and the installation's own synonyms.</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>Index folder, relative to the data folder.</summary>
    public string IndexFolder { get; set; } = "index/candidates";

    /// <summary>Extra synonym groups (one per line, comma-separated), relative to the data folder.</summary>
    public string LocalSynonymsFile { get; set; } = "synonyms-local.txt";
}
