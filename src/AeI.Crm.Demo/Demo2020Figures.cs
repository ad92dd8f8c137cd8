namespace AeI.Crm.Demo;

/// <summary>The figures of the cooperative's 2020 social report that the demo data reproduces.</summary>
public static class Demo2020Figures
{
    public const int Year = 2020;
    public const int CompaniesContacted = 3535;
    public const int CompaniesVisited = 231;
    public const int PositionsOpened = 894;

    public const int CelavHandled = 1392;
    public const int CelavClosed = 553;
    public const int CelavClosedWithHire = 141;
    public const int CelavHiredPermanent = 47;
    public const int CelavHiredFixedTerm = 66;
    public const int CelavHiredOther = 28;

    public const int NilPaths = 333;
    public const int NilInternships = 161;
    public const int NilHires = 43;

    public const int SilPaths = 191;
    public const int SilInternships = 41;
    public const int SilHires = 17;

    /// <summary>Password of every demo user (demo mode only).</summary>
    public const string DemoPassword = "Demo2020!";
}
