using System.Globalization;
using System.Text.RegularExpressions;

namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// What a mediator reads between the lines of a record and of a position: health limits for
/// physical work, a physically demanding job, early or night starts, and how long ago a past job
/// ended.
/// </summary>
public static partial class ProfileCaveats
{
    /// <summary>Whether the text states a health limit that weighs on physical work.</summary>
    public static bool HasPhysicalLimit(string? text) => text is not null && PhysicalLimit().IsMatch(text);

    /// <summary>Whether a position's text describes physically demanding work.</summary>
    public static bool IsPhysical(string? text) => text is not null && PhysicalWork().IsMatch(text);

    /// <summary>Whether a position's text speaks of early-morning, night or late starts.</summary>
    public static bool HasEarlyOrNightHours(string? text) => text is not null && EarlyOrNight().IsMatch(text);

    /// <summary>
    /// The year a past job ended, read from its description ("fino al 2008", "dal '98 al 2004",
    /// "2016-2018"), or null when it does not say (or says it goes on: "dal 2019").
    /// </summary>
    public static int? EndYear(string? text, int currentYear)
    {
        if (string.IsNullOrWhiteSpace(text) || Ongoing().IsMatch(text))
        {
            return null;
        }

        var years = new List<int>();
        foreach (Match m in Year().Matches(text))
        {
            var value = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var year = m.Groups["y"].Value.Length == 4 ? value : value > (currentYear % 100) ? 1900 + value : 2000 + value;
            if (year >= 1950 && year <= currentYear)
            {
                years.Add(year);
            }
        }

        if (years.Count == 0)
        {
            return null;
        }

        // A single year after "dal"/"da" is a start: the job may still go on.
        return years.Count == 1 && StartOnly().IsMatch(text) ? null : years.Max();
    }

    [GeneratedRegex(
        @"\b(limit[ie]\s+(ai|al|alla|nei|nel|fisic)|limitazion|ernia|schiena|lombalg|lombosciatalg|sciatalg|artros|artrit|non\s+può\s+(sollevare|portare|stare\s+in\s+piedi|fare\s+sforzi|lavorare\s+in\s+piedi)|carichi\s+pesanti|sollevare\s+pesi|no\s+(carichi|pesi|sforzi)|lavor[oi]\s+legger|da\s+seduto|da\s+seduta|sedia\s+a\s+rotelle|carrozzina|protesi|cardiopat|infarto|stanchezza\s+cronica|fibromialg|inidone|non\s+idone|prescrizion)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhysicalLimit();

    [GeneratedRegex(
        @"\b(resistenza\s+fisica|sforzo\s+fisico|sforzi\s+fisici|lavoro\s+fisico|fisicamente|buona\s+condizione\s+fisica|prestanza|movimentazione|sollevamento|carichi|pesi|pesante|in\s+piedi|faticos|all'aperto|manovalanza|carico\s+e\s+scarico|scarico\s+merci)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhysicalWork();

    [GeneratedRegex(
        @"\b(nott[ei]|notturn|alba|all'alba|primo\s+mattino|mattino\s+presto|(dalle|alle|ore|turno\s+delle|inizio\s+alle)\s+[3-6]([.:,]\d\d)?\b|[3-6][.:]\d\d\s*[-–]|tre\s+turni|ciclo\s+continuo|h24|24/7)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlyOrNight();

    [GeneratedRegex(@"(?<![\d/])(?:'|’)?(?<y>(19|20)\d\d)\b|(?:'|’)(?<y>\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(ad\s+oggi|tuttora|in\s+corso|attualmente|ancora\s+oggi|a\s+oggi)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ongoing();

    [GeneratedRegex(@"^\s*(?:\D*\s)?(dal|da|since)\s+(?:'|’)?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartOnly();
}
