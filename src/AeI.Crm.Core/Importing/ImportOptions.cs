using System.ComponentModel.DataAnnotations;

namespace AeI.Crm.Importing;

/// <summary>Limits of an uploaded file (<c>Imports:*</c>).</summary>
public sealed class ImportOptions
{
    public const string Section = "Imports";

    /// <summary>20 MB by default.</summary>
    [Range(1024, 200 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 20 * 1024 * 1024;

    [Range(10, 1_000_000)]
    public int MaxRows { get; set; } = 100_000;
}
