using System.ComponentModel.DataAnnotations;

namespace AeI.Crm.Persistence;

/// <summary>
/// Where an installation keeps its files: the database, the search indexes, local synonyms, keys.
/// Read by the app and by the CLI from the same settings (<c>Storage:*</c>). Relative paths are
/// resolved from the working folder.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    [Required]
    public string DataFolder { get; set; } = "data";

    [Required]
    public string DatabaseFile { get; set; } = "aei-crm.db";

    [Range(100, 120_000)]
    public int BusyTimeoutMs { get; set; } = 5000;

    /// <summary>Search index folder, relative to the data folder.</summary>
    [Required]
    public string IndexFolder { get; set; } = "index/candidates";

    /// <summary>Open positions' index folder ("Trova offerte"), relative to the data folder.</summary>
    [Required]
    public string VacancyIndexFolder { get; set; } = "index/vacancies";

    /// <summary>Extra synonym groups (one per line, comma-separated), relative to the data folder.</summary>
    [Required]
    public string LocalSynonymsFile { get; set; } = "synonyms-local.txt";

    public string DataPath => Path.GetFullPath(DataFolder);

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataFolder, DatabaseFile));

    public string IndexPath => Path.GetFullPath(Path.Combine(DataFolder, IndexFolder));

    public string VacancyIndexPath => Path.GetFullPath(Path.Combine(DataFolder, VacancyIndexFolder));

    public string LocalSynonymsPath => Path.GetFullPath(Path.Combine(DataFolder, LocalSynonymsFile));

    public string KeysPath => Path.GetFullPath(Path.Combine(DataFolder, "keys"));
}
