namespace AeI.Crm.Web.Tests.Infrastructure;

public static class DemoUsers
{
    public const string Admin = "admin@demo.local";
    public const string Coordinator = "coordinatore@demo.local";
    public const string Account1 = "account1@demo.local";
    public const string Account2 = "account2@demo.local";
    public const string MediatorCelav = "mediatore.celav@demo.local";
    public const string MediatorNil = "mediatore.nil@demo.local";
    public const string MediatorSil = "mediatore.sil@demo.local";
}
