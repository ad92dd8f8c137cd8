namespace AeI.Crm.Geography;

/// <summary>An Italian comune, keyed by its 6-digit ISTAT code.</summary>
public class Municipality
{
    public string IstatCode { get; set; } = "";

    public string Name { get; set; } = "";

    public string ProvinceCode { get; set; } = "";

    public string ProvinceName { get; set; } = "";

    public string Region { get; set; } = "";

    public double Latitude { get; set; }

    public double Longitude { get; set; }
}
