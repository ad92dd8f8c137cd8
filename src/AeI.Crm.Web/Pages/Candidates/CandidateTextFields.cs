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
}
