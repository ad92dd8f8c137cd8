using System.ComponentModel.DataAnnotations;

namespace AeI.Crm.Web.Pages.Placements;

/// <summary>The pipeline board ("Placements:Board" in settings).</summary>
public sealed class PipelineBoardOptions
{
    public const string Section = "Placements:Board";

    /// <summary>A card whose latest step is older than this is marked as idle.</summary>
    [Range(1, 365)]
    public int IdleDays { get; set; } = 14;
}
