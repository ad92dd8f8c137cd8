using System.Globalization;
using AeI.Crm.Candidates;

namespace AeI.Crm.Web.Pages.Candidates;

/// <summary>One past job as the form shows it: a row of fields. A row left empty is ignored.</summary>
public sealed class ExperienceRow
{
    public string? Role { get; set; }

    public string? Sector { get; set; }

    /// <summary>Years in the role as typed; decimals for months, with a comma or a point (0,5 = six months).</summary>
    public string? Years { get; set; }

    public string? Description { get; set; }

    /// <summary>It was an internship (tirocinio), not a job.</summary>
    public bool WasInternship { get; set; }

    /// <summary>The years as a number, or null when they cannot be read.</summary>
    public decimal? ParsedYears =>
        decimal.TryParse((Years ?? "").Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var years) ? years : null;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(Sector) && string.IsNullOrWhiteSpace(Years) && string.IsNullOrWhiteSpace(Description);

    public static ExperienceRow From(Experience e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new() { Role = e.Role, Sector = e.Sector, Years = e.Years.ToString("0.##", CultureInfo.GetCultureInfo("it-IT")), Description = e.Description, WasInternship = e.WasInternship };
    }

    /// <summary>Why this row cannot be saved (in Italian, naming the row), or null.</summary>
    public string? Problem(int number)
    {
        if (string.IsNullOrWhiteSpace(Role))
        {
            return $"Esperienza {number}: indica il ruolo.";
        }

        if (Role.Trim().Length > 120)
        {
            return $"Esperienza {number}: il ruolo può avere al massimo 120 caratteri.";
        }

        if (ParsedYears is null or < 0 or > 60)
        {
            return $"Esperienza {number}: indica gli anni, un numero tra 0 e 60 (0,5 per sei mesi).";
        }

        return Description is { Length: > 2000 } ? $"Esperienza {number}: la descrizione può avere al massimo 2000 caratteri." : null;
    }

    public Experience ToExperience() => new()
    {
        Role = Role!.Trim(),
        Sector = string.IsNullOrWhiteSpace(Sector) ? null : Sector.Trim(),
        Years = ParsedYears!.Value,
        Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
        WasInternship = WasInternship || Role!.Contains("tirocin", StringComparison.OrdinalIgnoreCase),
    };
}
