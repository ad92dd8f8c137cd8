namespace AeI.Crm.Web.Infrastructure;

/// <summary>
/// Demo mode: fills an empty database with the 2020 demo and its publicly documented sign-ins. Off
/// unless asked for (the "demo" launch profile that the README's run command uses, or
/// <c>Demo__Enabled=true</c>), so a real installation never gets the demo users by accident.
/// </summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}
