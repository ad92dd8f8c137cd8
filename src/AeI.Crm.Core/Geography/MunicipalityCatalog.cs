using System.Globalization;

namespace AeI.Crm.Geography;

/// <summary>Reads the ISTAT list of comuni shipped with the app.</summary>
public static class MunicipalityCatalog
{
    private static readonly Lazy<IReadOnlyList<(string Code, string Name)>> AllProvinces = new(() =>
        Load().Select(m => (m.ProvinceCode, m.ProvinceName)).Distinct().OrderBy(p => p.ProvinceName, StringComparer.Create(CultureInfo.GetCultureInfo("it-IT"), ignoreCase: true)).ToList());

    /// <summary>Every Italian province (code, name), by name: read once from the shipped list, never from the database.</summary>
    public static IReadOnlyList<(string Code, string Name)> Provinces => AllProvinces.Value;

    public static IReadOnlyList<Municipality> Load()
    {
        using var stream = typeof(MunicipalityCatalog).Assembly.GetManifestResourceStream("AeI.Crm.Geography.comuni-italiani.csv")
            ?? throw new InvalidOperationException("The municipality list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine();
        if (header != "istat_code,name,province_code,province_name,region,lat,lon")
        {
            throw new InvalidDataException($"Unexpected municipality header: {header}");
        }

        var list = new List<Municipality>(8000);
        while (reader.ReadLine() is { } line)
        {
            // No row needs RFC 4180 quoting (see the data README), and the loader refuses one that does.
            var f = line.Split(',');
            if (f.Length != 7)
            {
                throw new InvalidDataException($"Unexpected municipality row: {line}");
            }

            list.Add(new Municipality
            {
                IstatCode = f[0],
                Name = f[1],
                ProvinceCode = f[2],
                ProvinceName = f[3],
                Region = f[4],
                Latitude = double.Parse(f[5], CultureInfo.InvariantCulture),
                Longitude = double.Parse(f[6], CultureInfo.InvariantCulture),
            });
        }

        return list;
    }
}
