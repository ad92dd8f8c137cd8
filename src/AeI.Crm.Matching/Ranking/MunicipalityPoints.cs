using AeI.Crm.Geography;

namespace AeI.Crm.Matching.Ranking;

/// <summary>Coordinates of the Italian municipalities by ISTAT code, and straight-line distances.</summary>
public sealed class MunicipalityPoints
{
    private readonly Dictionary<string, (double Lat, double Lon)> _points;

    /// <summary>Points of the given municipalities.</summary>
    public MunicipalityPoints(IEnumerable<Municipality> municipalities) =>
        _points = municipalities.ToDictionary(m => m.IstatCode, m => (m.Latitude, m.Longitude), StringComparer.Ordinal);

    /// <summary>The list shipped with the app.</summary>
    public static MunicipalityPoints Load() => new(MunicipalityCatalog.Load());

    /// <summary>The point of a municipality, or null when the code is unknown.</summary>
    public (double Lat, double Lon)? Point(string? istat) =>
        istat is not null && _points.TryGetValue(istat, out var p) ? p : null;

    /// <summary>Kilometres between two municipalities, or null when one is unknown.</summary>
    public double? DistanceKm(string? fromIstat, string? toIstat) =>
        Point(fromIstat) is { } a && Point(toIstat) is { } b ? GeoDistance.Kilometres(a.Lat, a.Lon, b.Lat, b.Lon) : null;
}
