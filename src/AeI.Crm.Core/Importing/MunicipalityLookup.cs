using System.Text.RegularExpressions;
using AeI.Crm.Geography;

namespace AeI.Crm.Importing;

/// <summary>
/// Finds a comune the way spreadsheets write it: an ISTAT code (also without its leading zero, as
/// Excel keeps numbers), a name in any case and with or without accents, "Rho (MI)", "Sesto S.
/// Giovanni", a bilingual name by either half; a province as its code or name.
/// </summary>
public sealed partial class MunicipalityLookup
{
    private static readonly Lazy<MunicipalityLookup> Instance = new(() => new MunicipalityLookup(MunicipalityCatalog.Load()));

    private readonly Dictionary<string, Municipality> _byIstat;
    private readonly Dictionary<string, List<Municipality>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _provinces = new(StringComparer.Ordinal);

    public MunicipalityLookup(IEnumerable<Municipality> municipalities)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        var all = municipalities.ToList();
        _byIstat = all.ToDictionary(m => m.IstatCode, StringComparer.Ordinal);
        foreach (var m in all)
        {
            foreach (var name in m.Name.Split('/').Append(m.Name))
            {
                var key = Key(name);
                if (!_byName.TryGetValue(key, out var list))
                {
                    _byName[key] = list = [];
                }

                if (!list.Contains(m))
                {
                    list.Add(m);
                }
            }

            _provinces[m.ProvinceCode] = m.ProvinceCode;
            _provinces[Key(m.ProvinceName)] = m.ProvinceCode;
        }
    }

    public static MunicipalityLookup Shared => Instance.Value;

    public Municipality? ByIstat(string code) => _byIstat.GetValueOrDefault(code);

    /// <summary>The province's code from a code or a name ("mi", "Milano"); null when unknown.</summary>
    public string? Province(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = Key(text);
        return _provinces.GetValueOrDefault(key.Replace(" ", "", StringComparison.Ordinal)) ?? _provinces.GetValueOrDefault(key);
    }

    /// <summary>The comune, or an Italian reason why none (or more than one) fits.</summary>
    public (Municipality? Found, string? Error) Find(string? name, string? province, string? istat)
    {
        var code = istat?.Trim() ?? "";
        if (code.Length > 0)
        {
            if (code.Length is >= 4 and < 6 && code.All(char.IsAsciiDigit))
            {
                code = code.PadLeft(6, '0');
            }

            return ByIstat(code) is { } byCode
                ? (byCode, null)
                : (null, $"Il codice ISTAT «{istat}» non corrisponde a nessun comune.");
        }

        var text = name?.Trim() ?? "";
        if (text.Length == 0)
        {
            return (null, null);
        }

        var provinceCode = Province(province);
        if (!string.IsNullOrWhiteSpace(province) && provinceCode is null)
        {
            return (null, $"La provincia «{province}» non esiste.");
        }

        if (NameWithProvince().Match(text) is { Success: true } m)
        {
            text = m.Groups["name"].Value;
            provinceCode ??= Province(m.Groups["prov"].Value);
        }

        var candidates = Candidates(text);
        if (candidates.Count == 0)
        {
            return (null, $"Comune «{name}» non trovato.");
        }

        var inProvince = provinceCode is null ? candidates : candidates.Where(c => c.ProvinceCode == provinceCode).ToList();
        return inProvince.Count switch
        {
            1 => (inProvince[0], null),
            0 => (null, $"Il comune «{candidates[0].Name}» non è in provincia di {provinceCode} (è in provincia di {string.Join(", ", candidates.Select(c => c.ProvinceCode).Distinct())})."),
            _ => (null, $"Più comuni si chiamano «{candidates[0].Name}» ({string.Join(", ", inProvince.Select(c => c.ProvinceCode))}): indica la provincia."),
        };
    }

    private List<Municipality> Candidates(string text)
    {
        var key = Key(text);
        if (_byName.TryGetValue(key, out var exact))
        {
            return exact;
        }

        // "S." and "S" for San, Santo, Santa, Sant'.
        var words = key.Split(' ');
        if (words.Contains("S"))
        {
            foreach (var saint in new[] { "SAN", "SANTO", "SANTA", "SANT" })
            {
                var expanded = string.Join(' ', words.Select(w => w == "S" ? saint : w));
                if (_byName.TryGetValue(expanded, out var found))
                {
                    return found;
                }
            }
        }

        return [];
    }

    /// <summary>Folded, punctuation as spaces: "Sant'Angelo Lodigiano" → "SANT ANGELO LODIGIANO".</summary>
    private static string Key(string text) =>
        string.Join(' ', Common.SearchText.Fold(new string(text.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(?<name>.+?)\s*\(\s*(?<prov>[A-Za-z]{2})\s*\)$")]
    private static partial Regex NameWithProvince();
}
