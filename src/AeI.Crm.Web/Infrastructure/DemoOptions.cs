namespace AeI.Crm.Web.Infrastructure;

/// <summary>Demo mode: fills an empty database with the 2020 demo and its users.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; } = true;
}
