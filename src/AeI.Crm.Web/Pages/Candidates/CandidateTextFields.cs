using System.Globalization;
using AeI.Crm.Candidates;
using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;

namespace AeI.Crm.Web.Pages.Candidates;

/// <summary>Reads and writes the list fields of the candidate form as plain text.</summary>
public static class CandidateTextFields
{
    /// <summary>"it: B1, ar: madrelingua" → languages; errors name the piece that is wrong.</summary>
    public static (List<LanguageSkill> Languages, string? Error) ParseLanguages(string? text)
    {
        var list = new List<LanguageSkill>();
        foreach (var part in (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bits = part.Split(':', 2, StringSplitOptions.TrimEntries);
            if (bits.Length != 2 || bits[0].Length != 2 || !bits[0].All(char.IsAsciiLetter))
            {
                return (list, $"«{part}»: scrivi codice lingua e livello, ad esempio «it: B1».");
            }

            CefrLevel level;
            if (bits[1].Equals("madrelingua", StringComparison.OrdinalIgnoreCase))
            {
                level = CefrLevel.Native;
            }
            else if (!Enum.TryParse(bits[1].ToUpperInvariant(), out level) || !Enum.IsDefined(level))
            {
                return (list, $"«{part}»: il livello deve essere A1, A2, B1, B2, C1, C2 o madrelingua.");
            }

            list.Add(new LanguageSkill { Code = bits[0].ToLowerInvariant(), Level = level });
        }

        return (list, null);
    }

    public static string FormatLanguages(IEnumerable<LanguageSkill> languages) =>
        string.Join(", ", languages.Select(l => $"{l.Code}: {(l.Level == CefrLevel.Native ? "madrelingua" : l.Level.ToString())}"));

    /// <summary>One experience per line: "ruolo | settore | anni | descrizione".</summary>
    public static (List<Experience> Experiences, string? Error) ParseExperiences(string? text)
    {
        var list = new List<Experience>();
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var f = line.Split('|', StringSplitOptions.TrimEntries);
            if (f.Length < 3 || f[0].Length == 0)
            {
                return (list, $"«{line}»: scrivi ruolo | settore | anni | descrizione.");
            }

            if (!decimal.TryParse(f[2].Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var years) || years < 0 || years > 60)
            {
                return (list, $"«{line}»: gli anni devono essere un numero tra 0 e 60.");
            }

            list.Add(new Experience
            {
                Role = f[0],
                Sector = f[1].Length == 0 ? null : f[1],
                Years = years,
                Description = f.Length > 3 ? string.Join(" | ", f.Skip(3)) : null,
                WasInternship = f[0].Contains("tirocin", StringComparison.OrdinalIgnoreCase),
            });
        }

        return (list, null);
    }

    public static string FormatExperiences(IEnumerable<Experience> experiences) =>
        string.Join('\n', experiences.Select(e => $"{e.Role} | {e.Sector} | {e.Years.ToString("0.#", CultureInfo.InvariantCulture)} | {e.Description}"));
}
