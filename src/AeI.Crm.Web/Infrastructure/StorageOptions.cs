using System.ComponentModel.DataAnnotations;

namespace AeI.Crm.Web.Infrastructure;

/// <summary>Where the app keeps its files. Relative paths are resolved from the working folder.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    [Required]
    public string DataFolder { get; set; } = "data";

    [Required]
    public string DatabaseFile { get; set; } = "aei-crm.db";

    [Range(100, 120_000)]
    public int BusyTimeoutMs { get; set; } = 5000;

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataFolder, DatabaseFile));
}
